package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subj_email_not_in_san",
        description = "An email address in the subject must also appear as an rfc822Name in the subject alternative name.",
        citation = "RFC 5280: 4.1.2.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjEmailNotInSan extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> inSan = GeneralNameList.texts(GeneralNameList.subjectAltNames(certificate), GeneralNameList.RFC822_NAME);
        for (Names.Attribute email : Names.subject(certificate, Names.EMAIL_ADDRESS)) {
            String address = email.value().text();
            if (!inSan.contains(address)) {
                return LintResult.error("subject emailAddress " + address + " is not in the subject alternative name");
            }
        }
        return LintResult.PASS;
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return !Names.subject(certificate, Names.EMAIL_ADDRESS).isEmpty();
    }
}
