package org.casebook.analysis.lints.mozilla;

import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;

@LintSpec(code = "n_mp_allowed_eku",
        description = "An intermediate certificate should have an EKU, without anyExtendedKeyUsage and without serverAuth together with emailProtection (a notice: cross-certificates sharing a root's key are exempt and cannot be told apart).",
        citation = "Mozilla Root Store Policy 5.3", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_INTERMEDIATE_EKU)
public class MpAllowedEku extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return CertificateRoles.isSubordinateCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<KeyPurposeId> ekus = certificate.knownExtendedKeyUsages();
        if (ekus.isEmpty()) {
            return LintResult.notice("the intermediate has no extended key usage");
        }
        if (ekus.contains(KeyPurposeId.anyExtendedKeyUsage)) {
            return LintResult.notice("the intermediate allows anyExtendedKeyUsage");
        }
        if (ekus.contains(KeyPurposeId.id_kp_serverAuth) && ekus.contains(KeyPurposeId.id_kp_emailProtection)) {
            return LintResult.notice("the intermediate allows both serverAuth and emailProtection");
        }
        return LintResult.PASS;
    }
}
