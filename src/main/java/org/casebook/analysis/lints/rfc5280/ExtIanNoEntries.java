package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "e_ext_ian_no_entries",
        description = "A issuer alternative name extension must contain at least one name.",
        citation = "RFC 5280: 4.2.1.7", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtIanNoEntries extends AlternativeNameLint {

    public ExtIanNoEntries() {
        super(false);
    }

    @Override
    protected LintResult check(CertificateView certificate, List<Der> entries) {
        return entries.isEmpty() ? fail("the extension lists no name") : LintResult.PASS;
    }
}
