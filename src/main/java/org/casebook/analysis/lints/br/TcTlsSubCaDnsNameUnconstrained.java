package org.casebook.analysis.lints.br;

import java.util.List;
import org.bouncycastle.asn1.x509.GeneralName;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.NameConstraintsFields.Subtree;

@LintSpec(code = "w_tc_tls_sub_ca_dns_name_unconstrained",
        description = "A TLS CA with name constraints that neither permits some dNSName subtree nor excludes the zero-length dNSName is not technically constrained.",
        citation = "BRs: 7.1.2.5.2 (Ballot SC-62)", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class TcTlsSubCaDnsNameUnconstrained extends ConstrainedTlsCaNameTypeLint {

    public TcTlsSubCaDnsNameUnconstrained() {
        super(GeneralName.dNSName, "dNSName");
    }

    @Override
    protected boolean excludesWholeType(List<Subtree> excluded) {
        return excluded.stream().anyMatch(subtree -> subtree.base().content().length == 0);
    }
}
