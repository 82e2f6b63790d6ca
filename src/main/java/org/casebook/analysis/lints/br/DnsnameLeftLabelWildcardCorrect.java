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

@LintSpec(code = "e_dnsname_left_label_wildcard_correct",
        description = "A wildcard in the leftmost label must be the whole label ('*'), not part of one like 'w*'.",
        citation = "BRs: 1.6.1 (Wildcard Domain Name)", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class DnsnameLeftLabelWildcardCorrect extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> names = new ArrayList<>();
        names.add(SubjectFields.of(certificate).commonName());
        names.addAll(certificate.dnsNames());
        for (String name : names) {
            String left = DomainNames.labels(name).get(0);
            if (left.contains("*") && !left.equals("*")) {
                return LintResult.error("'" + name + "' has a partial wildcard in its leftmost label");
            }
        }
        return LintResult.PASS;
    }
}
