package org.casebook.crosssign.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.corpus.CorpusCertificate;
import org.casebook.analysis.corpus.CrossSignature;
import org.casebook.ca.CertificationAuthority;
import org.casebook.crosssign.CrossSign;
import org.casebook.crosssign.CrossSignProposal;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.corpus.PanacheCorpusLookup;
import org.casebook.web.ApiException;

/**
 * Cross-signs the corpus shows but the case file lacks: for each of a CA's own certificates, the
 * certificates on file with the same subject and key from an issuer of another organisation.
 */
@ApplicationScoped
@Transactional
public class CrossSignProposals {

    /** A CA's own certificates are few (roots and intermediates); this bounds a pathological case file. */
    private static final int CA_CERTIFICATE_LIMIT = 500;
    private static final int ISSUER_CANDIDATES = 16;

    @Inject
    PanacheCorpusLookup lookup;

    @Transactional(SUPPORTS)
    public List<CrossSignProposal> forCa(CertificationAuthority ca) {
        List<StoredCertificate> own = StoredCertificate.<StoredCertificate>find("ca = ?1 order by id", ca)
                .range(0, CA_CERTIFICATE_LIMIT - 1).list();
        Map<String, CrossSignProposal> proposals = new LinkedHashMap<>();
        java.util.Set<String> ownNames = new java.util.HashSet<>();
        own.forEach(c -> ownNames.add(c.subjectNameHash));
        for (StoredCertificate certificate : own) {
            List<CorpusCertificate> sameSubjectAndKey = lookup.withSubjectAndKey(certificate.subjectNameHash, certificate.spkiSha256);
            List<CorpusCertificate> group = new ArrayList<>(sameSubjectAndKey);
            if (CrossSignature.crossCertificates(certificate.sha256, certificate.issuerNameHash, certificate.authorityKeyId, group).isEmpty()) {
                continue;
            }
            for (CorpusCertificate member : group) {
                // Self-signed, or signed by a name of the CA's own hierarchy: not another organisation's cross-sign.
                if (member.issuerNameHash().equals(member.subjectNameHash()) || ownNames.contains(member.issuerNameHash())
                        || proposals.containsKey(member.sha256())) {
                    continue;
                }
                Owner owner = ownerOfIssuer(member);
                if (owner.slug() != null && owner.slug().equals(ca.slug)) {
                    continue;
                }
                if (alreadyRecorded(ca, member)) {
                    continue;
                }
                boolean unlinked = CrossSign.count("ca = ?1 and certificate is null and serialHex is null and target = ?2 and source = ?3",
                        ca, member.subject(), member.issuer()) > 0;
                proposals.put(member.sha256(), new CrossSignProposal(member.sha256(), member.subject(), member.issuer(), owner.name(),
                        owner.slug(), member.serialHex(), member.notAfter(), certificate.sha256, unlinked));
            }
        }
        return List.copyOf(proposals.values());
    }

    /** Records the proposal as a cross-sign of the CA; 404 when it is not (or no longer) proposed. */
    public CrossSign accept(String caSlug, String certificateSha256, String comment) {
        CertificationAuthority ca = CertificationAuthority.findBySlug(caSlug)
                .orElseThrow(() -> ApiException.notFound("no CA with slug '" + caSlug + "'"));
        CrossSignProposal proposal = forCa(ca).stream().filter(p -> p.certificateSha256().equalsIgnoreCase(certificateSha256)).findFirst()
                .orElseThrow(() -> ApiException.notFound("certificate " + certificateSha256 + " is not a proposed cross-sign of " + ca.name
                        + " (already recorded, or no certificate of the CA shares its subject and key)"));
        CrossSign crossSign = new CrossSign();
        crossSign.ca = ca;
        crossSign.target = proposal.target();
        crossSign.source = proposal.source();
        crossSign.sourceOwner = proposal.sourceOwner();
        crossSign.notAfter = proposal.notAfter();
        crossSign.serialHex = proposal.serialHex();
        crossSign.certificate = StoredCertificate.findBySha256(proposal.certificateSha256()).orElseThrow();
        crossSign.comment = comment != null && !comment.isBlank() ? comment.strip() : "Found on file: same subject and key as a certificate of " + ca.name + ", signed by " + proposal.sourceOwner() + ".";
        crossSign.persist();
        return crossSign;
    }

    private static boolean alreadyRecorded(CertificationAuthority ca, CorpusCertificate member) {
        return CrossSign.count("ca = ?1 and (certificate.sha256 = ?2 or (serialHex = ?3 and source = ?4))",
                ca, member.sha256(), member.serialHex(), member.issuer()) > 0;
    }

    private record Owner(String slug, String name) {
    }

    /** The CA on file owning a certificate that signed this one; else the issuer's organisation name. */
    private Owner ownerOfIssuer(CorpusCertificate member) {
        CertificateView view = parse(member.der());
        Owner named = null;
        for (CorpusCertificate issuer : lookup.withSubject(member.issuerNameHash(), ISSUER_CANDIDATES)) {
            if (issuer.ca() == null) {
                continue;
            }
            CertificateView issuerView = parse(issuer.der());
            if (view != null && issuerView != null && org.casebook.analysis.Signatures.verifies(view, issuerView.publicKeyInfo())) {
                return new Owner(issuer.ca().slug(), issuer.ca().name());
            }
            if (named == null) {
                named = new Owner(issuer.ca().slug(), issuer.ca().name());
            }
        }
        if (named != null) {
            return named;
        }
        return new Owner(null, view == null ? member.issuer() : organisation(view.issuer(), member.issuer()));
    }

    private static String organisation(X500Name name, String fallback) {
        RDN[] organisations = name.getRDNs(BCStyle.O);
        return organisations.length == 0 ? fallback : IETFUtils.valueToString(organisations[0].getFirst().getValue());
    }

    private static CertificateView parse(byte[] der) {
        try {
            return der == null ? null : CertificateView.of(der);
        } catch (CertificateParseException | RuntimeException e) {
            return null;
        }
    }
}
