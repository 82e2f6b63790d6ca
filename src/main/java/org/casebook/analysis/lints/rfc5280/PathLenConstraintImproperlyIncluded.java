package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.BasicConstraintsFields;
import org.casebook.analysis.lints.support.KeyUsageBits;

@LintSpec(code = "e_path_len_constraint_improperly_included",
        description = "pathLenConstraint is only meaningful, and only allowed, when cA is TRUE and keyCertSign is asserted.",
        citation = "RFC 5280: 4.2.1.9", source = LintSource.RFC5280, effective = LintDates.RFC_3280_PUBLISHED)
public class PathLenConstraintImproperlyIncluded extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.basicConstraints);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        BasicConstraintsFields fields = BasicConstraintsFields.of(certificate);
        if (fields == null) {
            return LintResult.NOT_APPLICABLE;
        }
        if (fields.pathLen() == null) {
            return LintResult.PASS;
        }
        int keyUsage = KeyUsageBits.of(certificate);
        boolean certSign = keyUsage > 0 && (keyUsage & KeyUsageBits.KEY_CERT_SIGN) != 0;
        if (!fields.ca() || !certSign) {
            return LintResult.error("pathLenConstraint present " + (fields.ca() ? "without keyCertSign" : "in a certificate that is not a CA"));
        }
        return LintResult.PASS;
    }
}
