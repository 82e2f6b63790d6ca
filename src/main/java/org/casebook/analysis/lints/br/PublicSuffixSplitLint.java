package org.casebook.analysis.lints.br;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.PublicSuffixRules;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

/**
 * A rule on each DNS name of a subscriber certificate split at its public suffix: the first name the rule
 * fails decides; NA as soon as a name cannot be split (zlint gives up on such a name).
 */
abstract class PublicSuffixSplitLint extends CertificateLint {

    @Override
    protected final boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.hasDnsNames(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected final LintResult check(CertificateView certificate) {
        for (String name : TlsCertificateFacts.namesToSplit(certificate)) {
            PublicSuffixRules.SplitName split = PublicSuffixRules.split(name);
            if (split == null) {
                return LintResult.NOT_APPLICABLE;
            }
            LintResult result = check(name, split);
            if (result != LintResult.PASS) {
                return result;
            }
        }
        return LintResult.PASS;
    }

    /** The verdict on one name, given its split. */
    protected abstract LintResult check(String name, PublicSuffixRules.SplitName split);
}
