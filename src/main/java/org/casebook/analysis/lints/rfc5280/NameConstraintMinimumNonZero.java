package org.casebook.analysis.lints.rfc5280;

import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.NameConstraintsFields;

@LintSpec(code = "e_name_constraint_minimum_non_zero",
        description = "Within this profile the minimum field of a name constraint subtree must be zero (that is, left out).",
        citation = "RFC 5280: 4.2.1.10", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class NameConstraintMinimumNonZero extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.nameConstraints);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<NameConstraintsFields.Subtree> subtrees = NameConstraintsFields.of(certificate);
        if (subtrees == null) {
            return LintResult.NOT_APPLICABLE;
        }
        for (NameConstraintsFields.Subtree subtree : subtrees) {
            if (subtree.minimum() != null && subtree.minimum().content().length > 0
                    && new BigInteger(subtree.minimum().content()).signum() != 0) {
                return LintResult.error("a subtree has minimum " + new BigInteger(subtree.minimum().content()));
            }
        }
        return LintResult.PASS;
    }
}
