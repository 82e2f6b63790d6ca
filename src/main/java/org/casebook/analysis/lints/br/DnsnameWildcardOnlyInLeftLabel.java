package org.casebook.analysis.lints.br;

import java.util.ArrayList;
import java.util.List;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DomainNames;
import org.casebook.analysis.lints.support.SubjectFields;

@LintSpec(code = "e_dnsname_wildcard_only_in_left_label",
        description = "A wildcard may only appear in the leftmost label of a DNS name.",
        citation = "BRs: 1.6.1 (Wildcard Domain Name)", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class DnsnameWildcardOnlyInLeftLabel extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> names = new ArrayList<>();
        names.add(SubjectFields.of(certificate).commonName());
        names.addAll(certificate.dnsNames());
        for (String name : names) {
            List<String> labels = DomainNames.labels(name);
            for (String label : labels.subList(1, labels.size())) {
                if (label.contains("*")) {
                    return LintResult.error("'" + name + "' has a wildcard outside its leftmost label");
                }
            }
        }
        return LintResult.PASS;
    }
}
