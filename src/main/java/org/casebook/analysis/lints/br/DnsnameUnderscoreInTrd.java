package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.PublicSuffixRules;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_dnsname_underscore_in_trd",
        description = "The labels below the registrable domain of a subscriber certificate's DNS names should not contain underscores.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.RFC_5280_PUBLISHED)
public class DnsnameUnderscoreInTrd extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.hasDnsNames(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : TlsCertificateFacts.namesToSplit(certificate)) {
            PublicSuffixRules.SplitName split = PublicSuffixRules.split(name);
            if (split == null) {
                // zlint gives up on a name it cannot split at a public suffix.
                return LintResult.NOT_APPLICABLE;
            }
            if (split.subdomain().contains("_")) {
                return LintResult.warn("'" + name + "' has an underscore below its registrable domain");
            }
        }
        return LintResult.PASS;
    }
}
