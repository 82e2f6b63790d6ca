package org.casebook.seed;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.jboss.logging.Logger;

/**
 * Loads the seeded case file (the repository's {@code import.sql}, copied to {@code seed/import.sql}
 * by the build) on the first start with an empty database, then the CAs' real certificates. One
 * transaction: either the whole case is there afterwards or nothing is. Once any CA exists it never
 * runs again, so a restart keeps whatever people have changed since.
 */
@ApplicationScoped
public class CaseFileSeed {

    private static final Logger LOG = Logger.getLogger(CaseFileSeed.class);

    static final String SCRIPT = "seed/import.sql";

    /** What one run did; {@code loaded} is false when the database already had a case file. */
    public record Outcome(boolean loaded, int statements, int certificates, int crossSignsLinked) {
    }

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<org.casebook.evidence.CertificatesArrived> arrived;

    /** Off for an installation that is to receive case files by import only (moving from H2 to PostgreSQL, say). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "casebook.seed.enabled", defaultValue = "true")
    boolean enabled;

    // After Flyway (which runs before StartupEvent observers), alongside the admin bootstrap.
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!enabled) {
            return;
        }
        Outcome outcome = seedIfEmpty();
        if (outcome.loaded()) {
            LOG.infof("Loaded the seeded case file: %d statements, %d CA certificates, %d cross-signs linked to their certificate",
                    outcome.statements(), outcome.certificates(), outcome.crossSignsLinked());
        }
    }

    // The whole seed is one transaction; a slow machine must not see it reaped by the timeout meant for requests.
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Outcome seedIfEmpty() {
        if (CertificationAuthority.count() > 0) {
            return new Outcome(false, 0, 0, 0);
        }
        return load(CaCertificateSeed.resource(SCRIPT));
    }

    /** Runs a seed script and then stores the CA certificates, all or nothing; callers check emptiness. */
    @Transactional
    Outcome load(String script) {
        List<String> statements = SqlScript.statements(script);
        int position = 0;
        for (String statement : statements) {
            position++;
            try {
                em.createNativeQuery(statement).executeUpdate();
            } catch (RuntimeException e) {
                throw new IllegalStateException(SCRIPT + " statement " + position + " failed: " + e.getMessage(), e);
            }
        }
        CaCertificateSeed.Result certificates = CaCertificateSeed.run("seed");
        arrived.fire(new org.casebook.evidence.CertificatesArrived(certificates.stored()));
        for (String unlinked : certificates.crossSignsUnlinked()) {
            LOG.debugf("Cross-sign left without a certificate: %s", unlinked);
        }
        return new Outcome(true, statements.size(), certificates.stored().size(), certificates.crossSignsLinked());
    }
}
