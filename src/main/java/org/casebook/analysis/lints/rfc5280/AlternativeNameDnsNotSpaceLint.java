package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;

/**
 * No dNSName in the alternative name is a single space. The subject and issuer alternative name lints
 * differ only in their extension.
 */
abstract class AlternativeNameDnsNotSpaceLint extends AlternativeNameLint {

    protected AlternativeNameDnsNotSpaceLint(boolean subject) {
        super(subject);
    }

    @Override
    protected final LintResult check(CertificateView certificate, List<Der> entries) {
        for (String name : GeneralNameList.texts(entries, GeneralNameList.DNS_NAME)) {
            if (name.equals(" ")) {
                return fail("a dNSName is a single space");
            }
        }
        return LintResult.PASS;
    }
}
