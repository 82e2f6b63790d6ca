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

@LintSpec(code = "e_international_dns_name_not_nfc",
        description = "The Unicode form of every A-label (xn--) in a SAN dNSName must be in normalization form C.",
        citation = "RFC 8399: 2; RFC 5891: 5.2", source = LintSource.RFC_OTHER, effective = LintDates.RFC_8399_PUBLISHED)
public class InternationalDnsNameNotNfc extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.subjectAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : GeneralNameList.sanDnsNames(certificate)) {
            for (String label : name.split("\\.", -1)) {
                String unicode = Punycode.isALabel(label) ? Punycode.toUnicode(label) : null;
                if (unicode != null && !java.text.Normalizer.isNormalized(unicode, java.text.Normalizer.Form.NFC)) {
                    return LintResult.error("label \"" + label + "\" of \"" + name + "\" is not in NFC once decoded");
                }
            }
        }
        return LintResult.PASS;
    }
}
