package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "e_ext_san_empty_name",
        description = "No entry of the subject alternative name may be empty, even where the type would allow an empty string.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtSanEmptyName extends AlternativeNameLint {

    public ExtSanEmptyName() {
        super(true);
    }

    @Override
    protected LintResult check(CertificateView certificate, List<Der> entries) {
        for (Der entry : entries) {
            if (entry.content().length == 0) {
                return fail("an entry with tag [" + entry.tagNumber() + "] is empty");
            }
        }
        return LintResult.PASS;
    }
}
