package org.casebook.analysis.corpus;

import java.util.List;
import java.util.Objects;
import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.Signatures;

/** Whether two certificates with the same issuer name were also signed with the same issuer key. */
final class IssuerKeys {

    private static final int ISSUER_CANDIDATES = 16;

    private IssuerKeys() {
    }

    /**
     * Compares authority key identifiers when both carry one. Otherwise the stored certificates named
     * like the issuer are tried as signers of each; when none is on file, the shared name has to do.
     */
    static boolean sameIssuerKey(CertificateView certificate, CorpusCertificate other, CorpusLookup lookup) {
        String aki = CorpusKeys.authorityKeyId(certificate);
        if (aki != null && other.authorityKeyId() != null) {
            return aki.equalsIgnoreCase(other.authorityKeyId());
        }
        CertificateView otherView = parse(other.der());
        if (otherView == null) {
            return true;
        }
        List<CorpusCertificate> issuers = lookup.withSubject(CorpusKeys.issuerNameHash(certificate), ISSUER_CANDIDATES);
        String signerOfCertificate = null;
        String signerOfOther = null;
        for (CorpusCertificate issuer : issuers) {
            CertificateView issuerView = parse(issuer.der());
            if (issuerView == null) {
                continue;
            }
            if (signerOfCertificate == null && Signatures.verifies(certificate, issuerView.publicKeyInfo())) {
                signerOfCertificate = issuer.spkiSha256();
            }
            if (signerOfOther == null && Signatures.verifies(otherView, issuerView.publicKeyInfo())) {
                signerOfOther = issuer.spkiSha256();
            }
        }
        if (signerOfCertificate == null || signerOfOther == null) {
            return true;
        }
        return Objects.equals(signerOfCertificate, signerOfOther);
    }

    static CertificateView parse(byte[] der) {
        if (der == null) {
            return null;
        }
        try {
            return CertificateView.of(der);
        } catch (CertificateParseException | RuntimeException e) {
            return null;
        }
    }
}
