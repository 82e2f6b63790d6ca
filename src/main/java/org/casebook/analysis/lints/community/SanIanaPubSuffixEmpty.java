package org.casebook.analysis.lints.community;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.PublicSuffixRules;

@LintSpec(code = "n_san_iana_pub_suffix_empty",
        description = "A subject alternative name dNSName should not be a bare public suffix such as 'com' or 'co.uk'.",
        citation = "awslabs certlint", source = LintSource.COMMUNITY)
public class SanIanaPubSuffixEmpty extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.subjectAlternativeName);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> bare = null;
        for (String name : certificate.dnsNames()) {
            if (PublicSuffixRules.isBareSuffix(name)) {
                if (bare == null) {
                    bare = new ArrayList<>();
                }
                bare.add(name);
            }
        }
        if (bare == null) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), bare.size() + " dNSName(s) are bare public suffixes: " + String.join(", ", bare));
    }
}
