package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "e_ext_san_no_entries",
        description = "A subject alternative name extension must contain at least one name.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtSanNoEntries extends AlternativeNameLint {

    public ExtSanNoEntries() {
        super(true);
    }

    @Override
    protected LintResult check(CertificateView certificate, List<Der> entries) {
        return entries.isEmpty() ? fail("the extension lists no name") : LintResult.PASS;
    }
}
