package org.casebook.storage;

import io.quarkus.hibernate.orm.panache.Panache;
import org.casebook.web.ApiException;

/** Finding a record a request names by id inside the record that owns it, or a 404 that says what is not there. */
public final class OwnedRecords {

    private OwnedRecords() {
    }

    /**
     * The {@code type} record with this id that belongs to {@code owner} (through its field {@code ownerField}),
     * so that an id from another CA or issue is not found: an ownership event, audit or cross-sign of a CA,
     * a statement, reference, credit or comment of an issue.
     */
    public static <T> T find(Object owner, String ownerField, Class<T> type, long id, String missing) {
        return Panache.getEntityManager(type)
                .createQuery("from " + type.getSimpleName() + " where id = ?1 and " + ownerField + " = ?2", type)
                .setParameter(1, id).setParameter(2, owner)
                .getResultStream().findFirst()
                .orElseThrow(() -> ApiException.notFound(missing));
    }
}
