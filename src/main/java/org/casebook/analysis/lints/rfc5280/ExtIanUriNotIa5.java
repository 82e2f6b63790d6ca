package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;

@LintSpec(code = "e_ext_ian_uri_not_ia5",
        description = "Every URI in the issuer alternative name must be an IA5String: 7-bit ASCII.",
        citation = "RFC 5280: 4.2.1.7", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtIanUriNotIa5 extends AlternativeNameLint {

    public ExtIanUriNotIa5() {
        super(false);
    }

    @Override
    protected LintResult check(CertificateView certificate, List<Der> entries) {
        for (Der entry : entries) {
            if (entry.isContext(GeneralNameList.URI) && !entry.isIa5()) {
                return fail("a URI has octets outside IA5");
            }
        }
        return LintResult.PASS;
    }
}
