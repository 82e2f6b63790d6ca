package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;

@LintSpec(code = "e_ext_ian_space_dns_name",
        description = "The issuer alternative name must not contain the dNSName consisting of a single space.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtIanSpaceDnsName extends AlternativeNameLint {

    public ExtIanSpaceDnsName() {
        super(false);
    }

    @Override
    protected LintResult check(CertificateView certificate, List<Der> entries) {
        for (String name : GeneralNameList.texts(entries, GeneralNameList.DNS_NAME)) {
            if (name.equals(" ")) {
                return fail("a dNSName is a single space");
            }
        }
        return LintResult.PASS;
    }
}
