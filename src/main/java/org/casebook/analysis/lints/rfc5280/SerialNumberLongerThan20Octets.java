package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_serial_number_longer_than_20_octets",
        description = "A serial number must fit in 20 octets as encoded, counting the leading zero octet a positive number with its top bit set needs.",
        citation = "RFC 5280: 4.1.2.2", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class SerialNumberLongerThan20Octets extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        int octets = certificate.serialBytes().length;
        if (octets <= 20) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "the serial number is " + octets + " octets long");
    }
}
