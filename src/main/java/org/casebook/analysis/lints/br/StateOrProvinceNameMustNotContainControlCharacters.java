package org.casebook.analysis.lints.br;

import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_state_or_province_name_must_not_contain_control_characters",
        description = "Subject stateOrProvinceName and localityName must be plain place names, free of the punctuation that marks structured data (equals, colon, braces, semicolon, quote, bar, backslash, brackets).",
        citation = "CABF/BRs 3.2.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class StateOrProvinceNameMustNotContainControlCharacters extends CertificateLint {

    private static final Pattern STRUCTURE_CHARACTERS = Pattern.compile("[=:{};\"|\\\\\\[\\]]");

    @Override
    protected LintResult check(CertificateView certificate) {
        for (ASN1ObjectIdentifier type : new ASN1ObjectIdentifier[] {TlsCertificateFacts.PROVINCE, TlsCertificateFacts.LOCALITY}) {
            for (String value : TlsCertificateFacts.subjectValues(certificate, type)) {
                if (STRUCTURE_CHARACTERS.matcher(value).find()) {
                    return LintResult.error("subject place name '" + value + "' contains structured-data punctuation");
                }
            }
        }
        return LintResult.PASS;
    }
}
