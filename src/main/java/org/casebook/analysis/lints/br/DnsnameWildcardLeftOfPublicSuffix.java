package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.PublicSuffixRules;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "n_dnsname_wildcard_left_of_public_suffix",
        description = "A wildcard directly left of a public suffix (such as *.co.uk) would cover names the applicant cannot control; the CA must have a procedure to refuse it.",
        citation = "BRs: 3.2.2.6", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class DnsnameWildcardLeftOfPublicSuffix extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.hasDnsNames(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String name : TlsCertificateFacts.namesToSplit(certificate)) {
            PublicSuffixRules.SplitName split = PublicSuffixRules.split(name);
            if (split == null) {
                return LintResult.NOT_APPLICABLE;
            }
            if (split.registrable().equals("*")) {
                return LintResult.notice("'" + name + "' puts a wildcard directly left of the public suffix " + split.suffix());
            }
        }
        return LintResult.PASS;
    }
}
