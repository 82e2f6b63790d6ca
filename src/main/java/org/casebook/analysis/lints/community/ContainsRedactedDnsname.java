package org.casebook.analysis.lints.community;

import java.util.ArrayList;
import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "n_contains_redacted_dnsname",
        description = "A subscriber certificate name of the form ?.example.com is a redacted precertificate name (CT redaction draft).",
        citation = "IETF Draft: https://tools.ietf.org/id/draft-strad-trans-redaction-00.html", source = LintSource.COMMUNITY)
public class ContainsRedactedDnsname extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> names = new ArrayList<>();
        names.add(TlsCertificateFacts.commonName(certificate));
        names.addAll(certificate.dnsNames());
        for (String name : names) {
            String unwildcarded = name.startsWith("*.") ? name.substring(2) : name;
            if (unwildcarded.startsWith("?.")) {
                return LintResult.notice("'" + name + "' is a redacted name");
            }
        }
        return LintResult.PASS;
    }
}
