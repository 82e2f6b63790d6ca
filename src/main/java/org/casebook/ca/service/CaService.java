package org.casebook.ca.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.OwnershipEvent;
import org.casebook.ca.service.CaInputs.CaInput;
import org.casebook.ca.service.CaInputs.OwnershipInput;
import org.casebook.issue.Issue;
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
        if (Issue.countForCa(ca) > 0 || OwnershipEvent.count("ca = ?1 or newOwnerCa = ?1", ca) > 0
                || org.casebook.audit.AuditStatement.count("ca", ca) > 0 || org.casebook.crosssign.CrossSign.count("ca", ca) > 0
                || org.casebook.evidence.StoredCertificate.count("ca", ca) > 0) {
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
}
