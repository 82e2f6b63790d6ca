package org.casebook.history.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.casebook.claim.service.IssueClaims;

/** Picks the view of the case file a page asks for: now, or as known at the end of a day. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseFileViews {

    /** Who the seed's one revision is by (import.sql). */
    static final String SEED_AUTHOR = "seed";

    @Inject
    LiveCaseFile live;

    @Inject
    EntityManager em;

    @Inject
    IssueClaims claims;

    /** {@code day} null: the case file now. */
    public CaseFileView of(LocalDate day) {
        return day == null ? live : asOf(day);
    }

    public AsOfCaseFile asOf(LocalDate day) {
        long endMillis = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Number latest = (Number) em.createNativeQuery("select max(REV) from REVINFO where REVTSTMP < ?1")
                .setParameter(1, endMillis).getSingleResult();
        Number seed = (Number) em.createNativeQuery("select min(REV) from REVINFO where author = ?1")
                .setParameter(1, SEED_AUTHOR).getSingleResult();
        Integer revision = latest == null ? null : latest.intValue();
        if (seed != null && (revision == null || revision < seed.intValue())) {
            revision = seed.intValue();
        }
        return new AsOfCaseFile(day, revision, em, claims);
    }
}
