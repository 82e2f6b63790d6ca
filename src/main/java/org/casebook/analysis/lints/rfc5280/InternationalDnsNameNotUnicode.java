package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.Punycode;

@LintSpec(code = "e_international_dns_name_not_unicode",
        description = "Every A-label (xn--) in a SAN dNSName must be valid Punycode that decodes to Unicode.",
        citation = "RFC 3490: 4.2; RFC 5280: 7.2", source = LintSource.RFC_OTHER, effective = LintDates.RFC_3490_PUBLISHED)
public class InternationalDnsNameNotUnicode extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.subjectAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : GeneralNameList.sanDnsNames(certificate)) {
            for (String label : name.split("\\.", -1)) {
                if (Punycode.isALabel(label) && Punycode.toUnicode(label) == null) {
                    return LintResult.error("label \"" + label + "\" of \"" + name + "\" is not valid Punycode");
                }
            }
        }
        return LintResult.PASS;
    }
}
