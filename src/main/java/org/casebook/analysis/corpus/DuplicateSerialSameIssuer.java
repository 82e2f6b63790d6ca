package org.casebook.analysis.corpus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_duplicate_serial_same_issuer",
        description = "Another certificate on file from the same issuer (name and key) carries the same serial number; "
                + "a precertificate and the final certificate made from it are one issuance and do not count.",
        citation = "RFC 5280: 4.1.2.2; RFC 6962: 3.1", source = LintSource.CORPUS)
public class DuplicateSerialSameIssuer extends CorpusCheck {

    @Override
    protected LintResult check(CertificateView certificate, CorpusContext context) {
        String issuerNameHash = CorpusKeys.issuerNameHash(certificate);
        List<CorpusCertificate> sameSerial = context.lookup().withIssuerAndSerial(issuerNameHash, certificate.serialHex());
        // Asked once for all the pairs: every certificate here has the same issuer name.
        Supplier<List<CorpusCertificate>> issuers = memoized(() -> context.lookup().withSubject(issuerNameHash, ISSUER_CANDIDATES));
        List<String> duplicates = new ArrayList<>();
        for (CorpusCertificate other : sameSerial) {
            if (other.sha256().equals(certificate.sha256Hex()) || !IssuerKeys.sameIssuerKey(certificate, other, issuers)) {
                continue;
            }
            // Only a precertificate and a certificate can be one issuance: no need to parse the other otherwise.
            CertificateView otherView = other.precertificate() == certificate.isPrecertificate() ? null : IssuerKeys.parse(other);
            if (otherView != null && isPrecertificatePair(certificate, otherView)) {
                continue;
            }
            duplicates.add(describe(certificate, other));
        }
        if (duplicates.isEmpty()) {
            return LintResult.PASS;
        }
        return finding("serial " + certificate.serialHex() + " from this issuer is also on " + duplicates.size()
                + (duplicates.size() == 1 ? " other certificate: " : " other certificates: ") + String.join("; ", duplicates));
    }

    private static final int ISSUER_CANDIDATES = 16;

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private static String describe(CertificateView certificate, CorpusCertificate other) {
        Duration apart = Duration.between(certificate.notBefore(), other.notBefore());
        String when = apart.isZero() ? "the same notBefore" : "notBefore " + other.notBefore() + ", " + Durations.describe(apart) + " apart";
        String kind = other.precertificate() ? "precertificate " : "certificate ";
        String mismatch = "";
        if (certificate.isPrecertificate() != other.precertificate()) {
            mismatch = certificate.isPrecertificate() ? ", not the final form of this precertificate"
                    : ", not the precertificate of this certificate";
        }
        return kind + other.sha256() + " (" + other.subject() + ", " + when + mismatch + ")";
    }

    /**
     * RFC 6962 3.1: the precertificate's TBSCertificate is the final certificate's, minus the SCT
     * list, plus the poison extension. Anything else is a second certificate with the same serial.
     */
    static boolean isPrecertificatePair(CertificateView a, CertificateView b) {
        if (a.isPrecertificate() == b.isPrecertificate()) {
            return false;
        }
        TBSCertificate x = a.tbs();
        TBSCertificate y = b.tbs();
        return x.getVersionNumber() == y.getVersionNumber()
                && x.getSerialNumber().equals(y.getSerialNumber())
                && x.getSignature().equals(y.getSignature())
                && x.getIssuer().equals(y.getIssuer())
                && x.getStartDate().equals(y.getStartDate())
                && x.getEndDate().equals(y.getEndDate())
                && x.getSubject().equals(y.getSubject())
                && x.getSubjectPublicKeyInfo().equals(y.getSubjectPublicKeyInfo())
                && extensionsButCt(x.getExtensions()).equals(extensionsButCt(y.getExtensions()));
    }

    private static Map<ASN1ObjectIdentifier, Extension> extensionsButCt(Extensions extensions) {
        Map<ASN1ObjectIdentifier, Extension> out = new HashMap<>();
        if (extensions == null) {
            return out;
        }
        for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
            if (!oid.equals(CertificateView.CT_POISON) && !oid.equals(CertificateView.CT_SCT_LIST)) {
                out.put(oid, extensions.getExtension(oid));
            }
        }
        return out;
    }
}
