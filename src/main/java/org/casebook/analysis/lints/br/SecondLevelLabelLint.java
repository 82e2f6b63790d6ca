package org.casebook.analysis.lints.br;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.DomainNames;

/**
 * A rule on the label each host name registers under its public suffix (the second-level label), for
 * subscriber certificates: the first name the rule fails decides; NA as soon as a name has no such label
 * (zlint gives up on the certificate there).
 */
abstract class SecondLevelLabelLint extends CertificateLint {

    @Override
    protected final boolean applies(CertificateView certificate) {
        return DomainNames.anyNamePresent(certificate) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected final LintResult check(CertificateView certificate) {
        List<String> names = DomainNames.hostNames(certificate);
        List<String> secondLevelLabels = DomainNames.hostSecondLevelLabels(certificate);
        for (int i = 0; i < names.size(); i++) {
            String sld = secondLevelLabels.get(i);
            if (sld == null) {
                return LintResult.NOT_APPLICABLE;
            }
            LintResult result = check(names.get(i), sld);
            if (result != LintResult.PASS) {
                return result;
            }
        }
        return LintResult.PASS;
    }

    /** The verdict on one host name, given its second-level label. */
    protected abstract LintResult check(String name, String sld);
}
