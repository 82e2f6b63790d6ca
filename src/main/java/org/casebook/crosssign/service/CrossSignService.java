package org.casebook.crosssign.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.crosssign.service.CrossSignInput;
import org.casebook.crosssign.CrossSign;
import org.casebook.evidence.StoredCertificate;
import org.casebook.storage.VersionedEdits;
import org.casebook.web.ApiException;
import org.casebook.web.ExpectedVersion;
import org.casebook.web.Inputs;
import org.casebook.storage.OwnedRecords;

/** Cross-signs recorded by hand (a manager) on a CA's case file. */
@ApplicationScoped
@Transactional
public class CrossSignService {

    private static final String CROSS_SIGN_FIELDS = "{\"target\",\"source\",\"sourceOwner\",...}";

    @Inject
    Validator validator;

    @Inject
    VersionedEdits edits;

    public CrossSign create(String slug, CrossSignInput input) {
        CrossSign crossSign = new CrossSign();
        crossSign.ca = ca(slug);
        apply(crossSign, input);
        crossSign.persist();
        return crossSign;
    }

    public CrossSign update(String slug, long id, CrossSignInput input) {
        return update(slug, id, input, ExpectedVersion.of(null, input == null ? null : input.version()));
    }

    public CrossSign update(String slug, long id, CrossSignInput input, ExpectedVersion expected) {
        CrossSign crossSign = crossSign(slug, id);
        Inputs.valid(validator, input, CROSS_SIGN_FIELDS);
        edits.lock(crossSign, x -> x.version, expected, "cross-sign " + id);
        apply(crossSign, input);
        return crossSign;
    }

    public void delete(String slug, long id) {
        delete(slug, id, ExpectedVersion.NONE);
    }

    public void delete(String slug, long id, ExpectedVersion expected) {
        edits.lock(crossSign(slug, id), x -> x.version, expected, "cross-sign " + id).delete();
    }

    @Transactional(SUPPORTS)
    public CrossSign crossSign(String slug, long id) {
        return OwnedRecords.find(ca(slug), "ca", CrossSign.class, id, "CA '" + slug + "' has no cross-sign " + id);
    }

    private static CertificationAuthority ca(String slug) {
        return CertificationAuthority.withSlug(slug);
    }

    private void apply(CrossSign crossSign, CrossSignInput input) {
        Inputs.valid(validator, input, CROSS_SIGN_FIELDS);
        crossSign.target = input.target().strip();
        crossSign.source = input.source().strip();
        crossSign.sourceOwner = input.sourceOwner().strip();
        crossSign.notAfter = Inputs.instantOrDay("notAfter", input.notAfter());
        crossSign.revokedAt = Inputs.date("revokedAt", input.revokedAt());
        crossSign.revocationSource = Inputs.blankToNull(input.revocationSource());
        crossSign.comment = Inputs.blankToNull(input.comment());
        String serial = Inputs.blankToNull(input.serial());
        crossSign.serialHex = serial == null ? null : serial.replace(":", "").toUpperCase();
        String sha256 = Inputs.blankToNull(input.certificateSha256());
        crossSign.certificate = sha256 == null ? null : StoredCertificate.findBySha256(sha256)
                .orElseThrow(() -> ApiException.badRequest("certificateSha256: no stored certificate has SHA-256 " + sha256.toLowerCase()));
    }

    @Transactional(SUPPORTS)
    public List<CrossSign> forCa(CertificationAuthority ca) {
        return CrossSign.forCa(ca);
    }
}
