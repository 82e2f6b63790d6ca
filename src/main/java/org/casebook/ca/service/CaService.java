package org.casebook.ca.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.ca.service.CaInputs.CaInput;
import org.casebook.ca.service.CaInputs.OwnershipInput;
import org.casebook.storage.VersionedEdits;
import org.casebook.web.ApiException;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.Inputs;
import org.casebook.storage.OwnedRecords;

/** Creating and changing CAs and their ownership events. */
@ApplicationScoped
@Transactional
public class CaService {

    /** Slugs that page paths use for themselves ("/cas/new"). */
    private static final Set<String> RESERVED_SLUGS = Set.of("new", "edit", "history");
    private static final String OWNERSHIP_FIELDS = "{\"effectiveOn\",\"newOwner\",...}";

    @Inject
    Validator validator;

    @Inject
    VersionedEdits edits;

    @Inject
    EntityManager em;

    @Transactional(SUPPORTS)
    public CertificationAuthority ca(String slug) {
        return CertificationAuthority.withSlug(slug);
    }

    public CertificationAuthority create(CaInput input) {
        Inputs.valid(validator, input, "{\"slug\",\"name\",...}");
        if (RESERVED_SLUGS.contains(input.slug())) {
            throw ApiException.badRequest("slug: '" + input.slug() + "' is reserved for pages; choose another");
        }
        if (CertificationAuthority.findBySlug(input.slug()).isPresent()) {
            throw ApiException.conflict("slug: a CA with slug '" + input.slug() + "' exists");
        }
        CertificationAuthority ca = new CertificationAuthority();
        ca.slug = input.slug();
        apply(ca, input);
        ca.persist();
        return ca;
    }

    /** Changes everything but the slug, which URLs and exports depend on. */
    public CertificationAuthority update(String slug, CaInput input) {
        return update(slug, input, ExpectedVersion.of(null, input == null ? null : input.version()));
    }

    public CertificationAuthority update(String slug, CaInput input, ExpectedVersion expected) {
        CertificationAuthority ca = ca(slug);
        Inputs.valid(validator, input, "{\"slug\",\"name\",...}");
        if (!slug.equals(input.slug())) {
            throw ApiException.badRequest("slug: a CA's slug cannot change (it is '" + slug + "')");
        }
        edits.lock(ca, c -> c.version, expected, "CA '" + slug + "'");
        apply(ca, input);
        return ca;
    }

    /** Only a CA with no issues, audits, cross-signs or ownership events can go: nothing is lost silently. */
    public void delete(String slug) {
        delete(slug, ExpectedVersion.NONE);
    }

    public void delete(String slug, ExpectedVersion expected) {
        CertificationAuthority ca = ca(slug);
        edits.lock(ca, c -> c.version, expected, "CA '" + slug + "'");
        if (filedUnder(ca) > 0) {
            throw ApiException.conflict("slug: CA '" + slug + "' still has issues, audits, cross-signs, ownership events or certificates");
        }
        ca.delete();
    }

    private static void apply(CertificationAuthority ca, CaInput input) {
        ca.name = input.name().strip();
        ca.country = Inputs.blankToNull(input.country());
        String zone = Inputs.blankToNull(input.timeZone());
        if (zone != null) {
            try {
                zone = ZoneId.of(zone).getId();
            } catch (DateTimeException e) {
                throw ApiException.badRequest("timeZone: '" + zone + "' is not an IANA time zone like Asia/Shanghai");
            }
        }
        ca.timeZone = zone;
        ca.website = Inputs.blankToNull(input.website());
        ca.description = Inputs.blankToNull(input.description());
    }

    public OwnershipEvent addOwnership(String slug, OwnershipInput input) {
        OwnershipEvent event = new OwnershipEvent();
        event.ca = ca(slug);
        apply(event, input);
        event.persist();
        return event;
    }

    public OwnershipEvent updateOwnership(String slug, long id, OwnershipInput input) {
        return updateOwnership(slug, id, input, ExpectedVersion.of(null, input == null ? null : input.version()));
    }

    public OwnershipEvent updateOwnership(String slug, long id, OwnershipInput input, ExpectedVersion expected) {
        OwnershipEvent event = ownership(slug, id);
        Inputs.valid(validator, input, OWNERSHIP_FIELDS);
        edits.lock(event, e -> e.version, expected, "ownership event " + id);
        apply(event, input);
        return event;
    }

    public void deleteOwnership(String slug, long id) {
        deleteOwnership(slug, id, ExpectedVersion.NONE);
    }

    public void deleteOwnership(String slug, long id, ExpectedVersion expected) {
        edits.lock(ownership(slug, id), e -> e.version, expected, "ownership event " + id).delete();
    }

    @Transactional(SUPPORTS)
    public OwnershipEvent ownership(String slug, long id) {
        return OwnedRecords.find(ca(slug), "ca", OwnershipEvent.class, id, "CA '" + slug + "' has no ownership event " + id);
    }

    private void apply(OwnershipEvent event, OwnershipInput input) {
        Inputs.valid(validator, input, OWNERSHIP_FIELDS);
        event.effectiveOn = Inputs.requiredDate("effectiveOn", input.effectiveOn());
        event.disclosedOn = Inputs.date("disclosedOn", input.disclosedOn());
        event.newOwner = input.newOwner().strip();
        String ownerSlug = Inputs.blankToNull(input.newOwnerCa());
        event.newOwnerCa = ownerSlug == null ? null : CertificationAuthority.findBySlug(ownerSlug)
                .orElseThrow(() -> ApiException.badRequest("newOwnerCa: no CA with slug '" + ownerSlug + "'"));
        event.share = Inputs.blankToNull(input.share());
        event.disclosedAs = Inputs.blankToNull(input.disclosedAs());
        event.description = Inputs.blankToNull(input.description());
    }

    /**
     * How many records name this CA: issues, ownership events (either side), audits, cross-signs, certificates.
     * Those nouns sit above the CA, so this counts their tables rather than importing them.
     */
    private long filedUnder(CertificationAuthority ca) {
        return ((Number) em.createNativeQuery("select (select count(*) from issue where ca_id = :ca)"
                + " + (select count(*) from ownership_event where ca_id = :ca or newOwnerCa_id = :ca)"
                + " + (select count(*) from audit_statement where ca_id = :ca)"
                + " + (select count(*) from cross_sign where ca_id = :ca)"
                + " + (select count(*) from certificate where ca_id = :ca)")
                .setParameter("ca", ca.id).getSingleResult()).longValue();
    }

    @Transactional(SUPPORTS)
    public List<CertificationAuthority> listByName() {
        return CertificationAuthority.listByName();
    }

    /** Ownership events of this CA and those where it is the new owner. */
    @Transactional(SUPPORTS)
    public List<OwnershipEvent> ownershipInvolving(CertificationAuthority ca) {
        return OwnershipEvent.involving(ca);
    }

    /** This CA's own ownership events, oldest first (the CA form's list). */
    @Transactional(SUPPORTS)
    public List<OwnershipEvent> ownershipOf(CertificationAuthority ca) {
        return OwnershipEvent.list("ca = ?1 order by effectiveOn", ca);
    }
}
