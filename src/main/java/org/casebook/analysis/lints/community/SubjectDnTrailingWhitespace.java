package org.casebook.analysis.lints.community;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectTextFields;

@LintSpec(code = "w_subject_dn_trailing_whitespace",
        description = "Name attribute values in the subject should not end with whitespace.",
        citation = "lint.AWSLabs certlint", source = LintSource.COMMUNITY)
public class SubjectDnTrailingWhitespace extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean trailing = SubjectTextFields.subjectNameAttributeValues(certificate).stream().anyMatch(SubjectTextFields::endsWithSpace);
        return LintResult.failIf(trailing, metadata().severity(), "a subject attribute value ends with whitespace");
    }
}
