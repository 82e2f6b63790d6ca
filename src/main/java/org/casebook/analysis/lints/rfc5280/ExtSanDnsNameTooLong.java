package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;

@LintSpec(code = "e_ext_san_dns_name_too_long",
        description = "A dNSName in the subject alternative name must not be longer than 253 characters.",
        citation = "RFC 5280: 4.2.1.6; RFC 1034: 3.1", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtSanDnsNameTooLong extends AlternativeNameLint {

    public ExtSanDnsNameTooLong() {
        super(true);
    }

    @Override
    protected LintResult check(CertificateView certificate, List<Der> entries) {
        for (String name : GeneralNameList.texts(entries, GeneralNameList.DNS_NAME)) {
            if (name.length() > 253) {
                return fail("a dNSName is " + name.length() + " characters long");
            }
        }
        return LintResult.PASS;
    }
}
