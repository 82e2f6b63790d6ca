package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.MailAddresses;

@LintSpec(code = "e_ext_san_rfc822_format_invalid",
        description = "Every rfc822Name in the subject alternative name must be a valid Internet mail address.",
        citation = "RFC 5280: 4.2.1.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtSanRfc822FormatInvalid extends AlternativeNameLint {

    public ExtSanRfc822FormatInvalid() {
        super(true);
    }

    @Override
    protected LintResult check(CertificateView certificate, List<Der> entries) {
        for (String address : GeneralNameList.texts(entries, GeneralNameList.RFC822_NAME)) {
            if (!MailAddresses.isValid(address)) {
                return fail("rfc822Name \"" + address + "\" is not a mail address");
            }
        }
        return LintResult.PASS;
    }
}
