package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.BasicConstraintsFields;

@LintSpec(code = "e_path_len_constraint_zero_or_less",
        description = "pathLenConstraint is INTEGER (0..MAX): a negative value is not allowed.",
        citation = "RFC 5280: 4.2.1.9", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class PathLenConstraintZeroOrLess extends CertificateLint {

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
        boolean negative = fields.pathLen() != null && fields.pathLen().signum() < 0;
        if (!negative) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "pathLenConstraint is " + fields.pathLen());
    }
}
