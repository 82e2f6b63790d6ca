package org.casebook.analysis.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
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
        return sameIssuerKey(certificate, other, () -> lookup.withSubject(CorpusKeys.issuerNameHash(certificate), ISSUER_CANDIDATES));
    }

    /**
     * {@link #sameIssuerKey(CertificateView, CorpusCertificate, CorpusLookup)} with the issuer candidates asked for by
     * the caller, once for all the certificates it compares (they share the issuer name). Which key signed a
     * certificate is remembered by certificate and key, so comparing one certificate with a hundred others costs one
     * verification per candidate for it and, the first time only, for each of them.
     */
    static boolean sameIssuerKey(CertificateView certificate, CorpusCertificate other, Supplier<List<CorpusCertificate>> candidates) {
        String aki = CorpusKeys.authorityKeyId(certificate);
        if (aki != null && other.authorityKeyId() != null) {
            return aki.equalsIgnoreCase(other.authorityKeyId());
        }
        List<CorpusCertificate> issuers = candidates.get();
        if (issuers.isEmpty() || other.der() == null) {
            return true;
        }
        String signerOfCertificate = signer(certificate.sha256Hex(), () -> certificate, issuers);
        String signerOfOther = signer(other.sha256(), () -> parse(other), issuers);
        if (signerOfCertificate == null || signerOfOther == null) {
            return true;
        }
        return Objects.equals(signerOfCertificate, signerOfOther);
    }

    /** The key (SPKI SHA-256) of the first candidate whose key verifies the certificate's signature, or null. */
    private static String signer(String sha256, Supplier<CertificateView> certificate, List<CorpusCertificate> issuers) {
        CertificateView view = null;
        for (CorpusCertificate issuer : issuers) {
            String key = sha256 + "/" + issuer.spkiSha256();
            Boolean known;
            synchronized (VERIFIED) {
                known = VERIFIED.get(key);
            }
            if (known == null) {
                CertificateView issuerView = parse(issuer);
                if (issuerView == null) {
                    continue;
                }
                view = view == null ? certificate.get() : view;
                if (view == null) {
                    return null;
                }
                CorpusWork.verified();
                known = Signatures.verifies(view, issuerView.publicKeyInfo());
                synchronized (VERIFIED) {
                    VERIFIED.put(key, known);
                }
            }
            if (known) {
                return issuer.spkiSha256();
            }
        }
        return null;
    }

    /** Results remembered: a verification's outcome depends only on the certificate and the key, so it never goes stale. */
    private static final int REMEMBERED_VERIFICATIONS = 20_000;

    private static final Map<String, Boolean> VERIFIED = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_VERIFICATIONS;
        }
    };

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
