package org.casebook.analysis.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        CertificateView otherView = parse(other);
        if (otherView == null) {
            return true;
        }
        List<CorpusCertificate> issuers = lookup.withSubject(CorpusKeys.issuerNameHash(certificate), ISSUER_CANDIDATES);
        String signerOfCertificate = null;
        String signerOfOther = null;
        for (CorpusCertificate issuer : issuers) {
            CertificateView issuerView = parse(issuer);
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

    /**
     * The stored certificate parsed, or null when it does not parse. Recently parsed ones are kept by SHA-256: the
     * same few issuer certificates are asked for by every certificate of a bundle.
     */
    static CertificateView parse(CorpusCertificate stored) {
        if (stored.der() == null) {
            return null;
        }
        synchronized (RECENT) {
            CertificateView known = RECENT.get(stored.sha256());
            if (known != null) {
                return known;
            }
        }
        CertificateView view;
        try {
            view = CertificateView.of(stored.der());
        } catch (CertificateParseException | RuntimeException e) {
            return null;
        }
        synchronized (RECENT) {
            RECENT.put(stored.sha256(), view);
        }
        return view;
    }

    private static final int RECENT_VIEWS = 256;

    private static final Map<String, CertificateView> RECENT = new LinkedHashMap<>(RECENT_VIEWS * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CertificateView> eldest) {
            return size() > RECENT_VIEWS;
        }
    };
}
