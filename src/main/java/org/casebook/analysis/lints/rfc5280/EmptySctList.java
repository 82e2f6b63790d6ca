package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.Names;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_empty_sct_list",
        description = "An embedded SCT list extension must hold at least one SCT.",
        citation = "RFC 6962: 3.3", source = LintSource.RFC6962, effective = LintDates.RFC_6962_PUBLISHED)
public class EmptySctList extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.isPrecertificate() && Names.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        Der list = RawCertificate.extensionValue(certificate, CertificateView.CT_SCT_LIST);
        if (list == null) {
            return LintResult.PASS;
        }
        byte[] tls = list.content();
        if (tls.length < 2) {
            return LintResult.error("the SCT list has no length field");
        }
        boolean empty = tls[0] == 0 && tls[1] == 0;
        return LintResult.failIf(empty, metadata().severity(), "the SCT list extension is present but lists no SCT");
    }
}
