package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "w_root_ca_basic_constraints_path_len_constraint_field_present",
        description = "A root CA certificate's basic constraints should not set a path length constraint.",
        citation = "BRs: 7.1.2.1", source = LintSource.CABF_BR, effective = LintDates.BR_1_0_EFFECTIVE)
public class RootCaBasicConstraintsPathLenConstraintFieldPresent extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.basicConstraints) && TlsCertificateFacts.isRootCa(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        BasicConstraints constraints = certificate.basicConstraints();
        boolean limited = constraints != null && constraints.getPathLenConstraint() != null;
        return LintResult.failIf(limited, metadata().severity(), "root CA basicConstraints sets pathLenConstraint");
    }
}
