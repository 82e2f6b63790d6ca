package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.GoUrl;

@LintSpec(code = "e_ext_ian_uri_format_invalid",
        description = "Every URI in the issuer alternative name must parse and have both a scheme and a scheme-specific part.",
        citation = "RFC 5280: 4.2.1.7", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtIanUriFormatInvalid extends AlternativeNameLint {

    public ExtIanUriFormatInvalid() {
        super(false);
    }

    @Override
    protected LintResult check(CertificateView certificate, List<Der> entries) {
        for (String uri : GeneralNameList.texts(entries, GeneralNameList.URI)) {
            GoUrl url = GoUrl.parse(uri);
            if (url.failed()) {
                return fail("URI \"" + uri + "\" does not parse: " + url.error());
            }
            if (url.scheme().isEmpty()) {
                return fail("URI \"" + uri + "\" has no scheme");
            }
            if (url.host().isEmpty() && !url.hasUserInfo() && url.opaque().isEmpty() && url.path().isEmpty()) {
                return fail("URI \"" + uri + "\" has nothing after its scheme");
            }
        }
        return LintResult.PASS;
    }
}
