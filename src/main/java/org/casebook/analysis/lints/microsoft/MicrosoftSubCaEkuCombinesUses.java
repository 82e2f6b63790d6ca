package org.casebook.analysis.lints.microsoft;

import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/**
 * Microsoft separates the uses it trusts roots for: one issuing CA per use. The BRs already keep email, code signing
 * and time stamping out of TLS CAs (e_ca_invalid_eku); Microsoft also keeps them apart from each other (an S/MIME CA
 * that signs code). A CA without EKU or with anyExtendedKeyUsage is not judged here: the requirement names the
 * uses, not their absence.
 */
@LintSpec(code = "e_microsoft_sub_ca_eku_combines_uses",
        description = "An issuing CA certificate must serve one of server authentication, S/MIME, code signing and time stamping: its EKU must not list two of them.",
        citation = "Microsoft Trusted Root Program Requirements, 3.1.13", source = LintSource.MICROSOFT, effective = LintDates.MICROSOFT_TRP_1_0)
public class MicrosoftSubCaEkuCombinesUses extends CertificateLint {

    private static final List<KeyPurposeId> SEPARATE_USES = List.of(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_emailProtection,
            KeyPurposeId.id_kp_codeSigning, KeyPurposeId.id_kp_timeStamping);

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isSubCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        long uses = SEPARATE_USES.stream().filter(certificate.extendedKeyUsages()::contains).count();
        return LintResult.failIf(uses > 1, metadata().severity(), "extended key usage combines " + uses
                + " of server authentication, S/MIME, code signing and time stamping");
    }
}
