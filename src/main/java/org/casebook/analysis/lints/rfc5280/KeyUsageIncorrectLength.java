package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "e_key_usage_incorrect_length",
        description = "The keyUsage value must be exactly one octet of bits after the unused-bits octet.",
        citation = "RFC 5280: 4.2.1.3", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class KeyUsageIncorrectLength extends KeyUsageLint {

    @Override
    protected LintResult check(CertificateView certificate, Der bitString) {
        int octets = bitString.content().length - 1;
        if (octets == 1) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "keyUsage value is " + octets + " octets long");
    }
}
