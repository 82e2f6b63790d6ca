package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x500.RDN;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_subject_rdn_multiple_attributes",
        description = "Each relative distinguished name of the subject must hold exactly one attribute (no multi-valued RDNs).",
        citation = "BRs: 7.1.4.1 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubjectRdnMultipleAttributes extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        for (RDN rdn : certificate.subject().getRDNs()) {
            if (rdn.size() != 1) {
                return LintResult.error("a subject RDN holds " + rdn.size() + " attributes");
            }
        }
        return LintResult.PASS;
    }
}
