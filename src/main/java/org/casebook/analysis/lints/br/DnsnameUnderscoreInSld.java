package org.casebook.analysis.lints.br;

import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.DomainNames;

@LintSpec(code = "e_dnsname_underscore_in_sld",
        description = "The label registered under the public suffix (the second-level domain) must not contain an underscore.",
        citation = "BRs: 7.1.4.2.1", source = LintSource.CABF_BR, effective = LintDates.RFC_5280_PUBLISHED)
public class DnsnameUnderscoreInSld extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return DomainNames.anyNamePresent(certificate) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> names = DomainNames.hostNames(certificate);
        List<String> secondLevelLabels = DomainNames.hostSecondLevelLabels(certificate);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String sld = secondLevelLabels.get(i);
            if (sld == null) {
                return LintResult.NOT_APPLICABLE; // zlint gives up on the certificate when a name has no registrable part
            }
            if (sld.contains("_")) {
                return LintResult.error("the registered label of '" + name + "' contains an underscore");
            }
        }
        return LintResult.PASS;
    }
}
