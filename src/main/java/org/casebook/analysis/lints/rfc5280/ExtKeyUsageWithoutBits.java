package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "e_ext_key_usage_without_bits",
        description = "A keyUsage extension, when present, must assert at least one usage bit.",
        citation = "RFC 5280: 4.2.1.3", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtKeyUsageWithoutBits extends KeyUsageLint {

    @Override
    protected LintResult check(CertificateView certificate, Der bitString) {
        byte[] content = bitString.content();
        boolean any = false;
        for (int i = 1; i < content.length; i++) {
            any |= content[i] != 0;
        }
        return LintResult.failIf(!any, metadata().severity(), "keyUsage sets no bit");
    }
}
