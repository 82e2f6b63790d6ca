package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/**
 * A generator that draws 64 random bits and then forces the top bit to zero, to keep the INTEGER
 * positive without a padding octet, has only 63 bits of entropy (the industry-wide incident of
 * 2019). One such serial is only a hint: half of all honest 64-bit serials look the same. The
 * corpus check on all of an issuer's serials is the proof.
 */
@LintSpec(code = "w_serial_number_63_bits_of_entropy",
        description = "The serial is exactly 8 octets with the top bit clear, the signature of a generator that keeps only 63 "
                + "random bits; the BRs require 64 from 30 September 2016.",
        citation = "BRs: 7.1 (ballot 164)", source = LintSource.CABF_BR, effective = LintDates.BR_64_BIT_SERIALS)
public class SerialNumber63BitsOfEntropy extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        byte[] octets = certificate.serialBytes();
        if (octets.length == 8 && (octets[0] & 0x80) == 0 && octets[0] != 0) {
            return LintResult.warn("serial " + certificate.serialHex() + " is 8 octets with the top bit clear: possibly a 63-bit generator");
        }
        return LintResult.PASS;
    }
}
