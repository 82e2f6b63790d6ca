package org.casebook.storage;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.util.function.ToLongFunction;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.StaleEditException;
import org.hibernate.Hibernate;

/**
 * The start of every change to an existing record: lock its row for the rest of the transaction, read it
 * afresh, and check that it is the version the change was made against. Two PATCHes of one issue then run one
 * after the other on the latest state, whatever fields they name, so no acknowledged value is overwritten
 * by a stale copy; and a client that says which version it edited (If-Match, "version", the form's hidden
 * field) is told what changed since instead of overwriting it.
 */
@ApplicationScoped
public class VersionedEdits {

    @Inject
    EntityManager em;

    @Inject
    ChangesSince history;

    public <T extends PanacheEntity> T lock(T record, ToLongFunction<T> version, ExpectedVersion expected, String what) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) Hibernate.getClass(record);
        // A plain row lock in SQL: Hibernate's refresh with a pessimistic lock mode issued no FOR UPDATE on H2.
        em.createNativeQuery("select id from " + type.getAnnotation(Table.class).name() + " where id = ?1 for update")
                .setParameter(1, record.id).getResultList();
        em.refresh(record);
        long current = version.applyAsLong(record);
        if (!expected.matches(current)) {
            Long then = expected.version();
            String changed = then == null || then >= current ? "" : history.changedSince(type, record.id, then, record);
            throw new StaleEditException(expected, current, "version: " + what + " is at version " + current
                    + ", but this change was made against " + expected.describe()
                    + (changed.isEmpty() ? "" : "; changed since: " + changed)
                    + "." + StaleEditException.RESEND);
        }
        return record;
    }
}
