package org.casebook.analysis.lints.community;

import java.util.Map;
import java.util.regex.Pattern;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectTextFields;

@LintSpec(code = "e_subj_contains_html_entities",
        description = "Subject text fields should not hold HTML entities such as '&amp;': a sign the value was copied from a web form unescaped.",
        citation = "Community practice: subject values are directory strings, not HTML", source = LintSource.COMMUNITY)
public class SubjContainsHtmlEntities extends CertificateLint {

    private static final Pattern ENTITY = Pattern.compile("&#?[a-zA-Z0-9]+;");

    @Override
    protected LintResult check(CertificateView certificate) {
        for (Map.Entry<String, String> field : SubjectTextFields.firstValues(certificate)) {
            // every entity starts with '&'; most values have none, so the matcher is rarely needed
            if (field.getValue().indexOf('&') >= 0 && ENTITY.matcher(field.getValue()).find()) {
                return LintResult.error("subject " + field.getKey() + " contains an HTML entity");
            }
        }
        return LintResult.PASS;
    }
}
