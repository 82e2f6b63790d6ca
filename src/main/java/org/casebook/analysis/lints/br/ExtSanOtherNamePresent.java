package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectAltNameTypes;

@LintSpec(code = "e_ext_san_other_name_present",
        description = "The subjectAltName may hold only DNS names and IP addresses; a otherName entry is not allowed.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class ExtSanOtherNamePresent extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.subjectAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return SubjectAltNameTypes.contains(certificate, GeneralName.otherName)
                ? LintResult.error("the subjectAltName holds a otherName") : LintResult.PASS;
    }
}
