package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SerialOctets;

// Not in zlint, which only checks that serials are positive and at most 20 octets.
@LintSpec(code = "e_serial_number_shorter_than_64_bits",
        description = "From 30 September 2016, serial numbers must contain at least 64 bits of output from a CSPRNG; "
                + "a serial of fewer than 8 significant octets has no room for them.",
        citation = "BRs: 7.1 (ballot 164)", source = LintSource.CABF_BR, effective = LintDates.BR_64_BIT_SERIALS)
public class SerialNumberShorterThan64Bits extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        int octets = SerialOctets.significant(certificate);
        if (octets < 8) {
            return LintResult.error("serial " + certificate.serialHex() + " has " + octets + " significant octet(s) ("
                    + certificate.serial().abs().bitLength() + " bits), too few to hold 64 random bits");
        }
        return LintResult.PASS;
    }
}
