package org.casebook.analysis.lints.community;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "n_san_dns_name_duplicate",
        description = "The subject alternative name should not list the same dNSName twice (compared without regard to case).",
        citation = "awslabs certlint", source = LintSource.COMMUNITY)
public class SanDnsNameDuplicate extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.subjectAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        Set<String> seen = new HashSet<>();
        for (String name : certificate.dnsNames()) {
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                return LintResult.notice("dNSName '" + name + "' appears more than once");
            }
        }
        return LintResult.PASS;
    }
}
