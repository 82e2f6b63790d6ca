package org.casebook.analysis.lints.br;

import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_sub_cert_eku_check",
        description = "From BR 2.0.0, a subscriber certificate's extended key usage must include serverAuth, may add clientAuth, must not include anyExtendedKeyUsage, codeSigning, timeStamping, OCSPSigning, emailProtection or CT precertificate signing, and should include nothing else.",
        citation = "BRs: 7.1.2.7.10 Subscriber Certificate Extended Key Usage", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubCertEkuCheck extends CertificateLint {

    private static final KeyPurposeId PRECERTIFICATE_SIGNING = KeyPurposeId.getInstance(
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.4"));
    private static final Set<KeyPurposeId> FORBIDDEN = Set.of(KeyPurposeId.anyExtendedKeyUsage, KeyPurposeId.id_kp_codeSigning,
            KeyPurposeId.id_kp_timeStamping, KeyPurposeId.id_kp_OCSPSigning, KeyPurposeId.id_kp_emailProtection);

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.extendedKeyUsage) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<KeyPurposeId> known = certificate.knownExtendedKeyUsages();
        for (KeyPurposeId eku : known) {
            if (FORBIDDEN.contains(eku)) {
                return LintResult.error(eku.getId() + " must not be in a subscriber certificate's extendedKeyUsage");
            }
        }
        if (!known.contains(KeyPurposeId.id_kp_serverAuth)) {
            return LintResult.error("serverAuth is missing from extendedKeyUsage");
        }
        List<KeyPurposeId> unknown = certificate.unknownExtendedKeyUsages();
        if (unknown.contains(PRECERTIFICATE_SIGNING)) {
            return LintResult.error("CT precertificate signing must not be in a subscriber certificate's extendedKeyUsage");
        }
        // zlint counts a third known purpose as extra only when clientAuth is not among them.
        boolean extra = (known.size() > 2 && !known.contains(KeyPurposeId.id_kp_clientAuth)) || !unknown.isEmpty();
        return extra ? LintResult.warn("extendedKeyUsage holds purposes beyond serverAuth and clientAuth") : LintResult.PASS;
    }
}
