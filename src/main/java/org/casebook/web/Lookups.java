package org.casebook.web;

import io.quarkus.hibernate.orm.panache.Panache;
import org.casebook.ca.CertificationAuthority;

/** Finding the records a request names by slug or id, or a 404 that says what is not there. */
public final class Lookups {

    private Lookups() {
    }

    public static CertificationAuthority ca(String slug) {
        return CertificationAuthority.findBySlug(slug).orElseThrow(() -> ApiException.notFound("no CA with slug '" + slug + "'"));
    }

    /**
     * The {@code type} record with this id that belongs to {@code owner} (through its field {@code ownerField}),
     * so that an id from another CA or issue is not found: an ownership event, audit or cross-sign of a CA,
     * a statement, reference, credit or comment of an issue.
     */
    public static <T> T partOf(Object owner, String ownerField, Class<T> type, long id, String missing) {
        return Panache.getEntityManager(type)
                .createQuery("from " + type.getSimpleName() + " where id = ?1 and " + ownerField + " = ?2", type)
                .setParameter(1, id).setParameter(2, owner)
                .getResultStream().findFirst()
                .orElseThrow(() -> ApiException.notFound(missing));
    }
}
