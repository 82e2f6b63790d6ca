package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "e_incorrect_ku_encoding",
        description = "In DER the keyUsage BIT STRING drops trailing zero bits, so its unused-bits count must equal the number of trailing zeros of the last octet.",
        citation = "RFC 5280: 4.2.1.3; X.690 11.2.2", source = LintSource.RFC5280)
public class IncorrectKuEncoding extends KeyUsageLint {

    @Override
    protected LintResult check(CertificateView certificate, Der bitString) {
        byte[] content = bitString.content();
        int declared = content[0] & 0xff;
        int actual = trailingZeroBits(content);
        if (declared == actual) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "keyUsage declares " + declared + " unused bits but its value ends in " + actual + " zero bits");
    }

    private static int trailingZeroBits(byte[] content) {
        int zeros = 0;
        for (int i = content.length - 1; i >= 1; i--) {
            int b = content[i] & 0xff;
            if (b == 0) {
                zeros += 8;
                continue;
            }
            return zeros + Integer.numberOfTrailingZeros(b);
        }
        return 0;
    }
}
