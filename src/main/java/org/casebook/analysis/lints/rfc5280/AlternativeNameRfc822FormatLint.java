package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.MailAddresses;

/**
 * Every rfc822Name in the alternative name is a valid Internet mail address. The subject and issuer
 * alternative name lints differ only in their extension.
 */
abstract class AlternativeNameRfc822FormatLint extends AlternativeNameLint {

    protected AlternativeNameRfc822FormatLint(boolean subject) {
        super(subject);
    }

    @Override
    protected final LintResult check(CertificateView certificate, List<Der> entries) {
        for (String address : GeneralNameList.texts(entries, GeneralNameList.RFC822_NAME)) {
            if (!MailAddresses.isValid(address)) {
                return fail("rfc822Name \"" + address + "\" is not a mail address");
            }
        }
        return LintResult.PASS;
    }
}
