package org.casebook.analysis.lints.ev;

import java.util.ArrayList;
import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.PublicSuffixRules;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ev_not_wildcard",
        description = "EV certificates must not hold wildcard names, except for .onion names.",
        citation = "CABF EV Guidelines 1.7.8 Section 9.8.1", source = LintSource.CABF_EV, effective = LintDates.EV_ONION_ONLY)
public class EvNotWildcard extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEv(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> names = new ArrayList<>(certificate.dnsNames());
        names.add(TlsCertificateFacts.commonName(certificate));
        for (String name : names) {
            // zlint skips names it cannot split at a public suffix (blank, leading dot, a bare suffix).
            if (PublicSuffixRules.split(name) == null) {
                continue;
            }
            if (name.contains("*") && !name.endsWith(".onion")) {
                return LintResult.error("'" + name + "' is a wildcard name in an EV certificate");
            }
        }
        return LintResult.PASS;
    }
}
