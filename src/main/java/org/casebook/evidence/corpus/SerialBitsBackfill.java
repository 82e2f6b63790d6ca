package org.casebook.evidence.corpus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.evidence.StoredCertificate;
import org.jboss.logging.Logger;

/**
 * Fills {@code serialBits} (added in V4) for certificates stored without it: rows from before the
 * migration or written by plain SQL. Runs after the other startup work, in batches.
 */
@ApplicationScoped
public class SerialBitsBackfill {

    private static final Logger LOG = Logger.getLogger(SerialBitsBackfill.class);
    private static final int BATCH = 500;

    void onStart(@Observes @Priority(10_000) StartupEvent event) {
        int total = 0;
        int filled;
        do {
            filled = QuarkusTransaction.requiringNew().call(this::fillBatch);
            total += filled;
        } while (filled == BATCH);
        if (total > 0) {
            LOG.infof("Filled in serial bit lengths of %d stored certificates", total);
        }
    }

    int fillBatch() {
        List<StoredCertificate> batch = StoredCertificate.<StoredCertificate>find("serialBits is null").range(0, BATCH - 1).list();
        for (StoredCertificate certificate : batch) {
            certificate.serialBits = CorpusKeys.serialBits(certificate.serialHex);
        }
        return batch.size();
    }
}
