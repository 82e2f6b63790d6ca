package org.casebook.web;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate shows every SQL statement to this before running it: the one place that all of a heavy request's work
 * passes through often (the corpus checks behind an export run queries per certificate), so a request whose client
 * has gone, or that runs while the server stops, ends at its next query instead of after minutes. It is also where
 * every write is seen, so it moves {@link CaseFileChanges} (at the write and again when its transaction ends).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AbandonedWorkCheck implements StatementInspector {

    private static final Object CHANGE_NOTED = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public String inspect(String sql) {
        HeavyWorkGate.checkStillWanted();
        if (CaseFileChanges.writes(sql)) {
            noteChange();
        }
        return sql;
    }

    private void noteChange() {
        CaseFileChanges.changed();
        if (transactions.getTransactionKey() != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(CHANGE_NOTED) == null) {
            transactions.putResource(CHANGE_NOTED, Boolean.TRUE);
            // Readers that started after the write but read the state before the commit must not outlive it.
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    CaseFileChanges.writesEnded();
                }
            });
        }
    }
}
