package org.casebook.analysis.lints.community;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectTextFields;

@LintSpec(code = "w_subject_dn_leading_whitespace",
        description = "Name attribute values in the subject should not begin with whitespace.",
        citation = "lint.AWSLabs certlint", source = LintSource.COMMUNITY)
public class SubjectDnLeadingWhitespace extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean leading = SubjectTextFields.subjectNameAttributeValues(certificate).stream().anyMatch(SubjectTextFields::startsWithSpace);
        return LintResult.failIf(leading, metadata().severity(), "a subject attribute value begins with whitespace");
    }
}
