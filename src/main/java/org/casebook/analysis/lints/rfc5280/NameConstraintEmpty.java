package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.NameConstraintsFields;

@LintSpec(code = "e_name_constraint_empty",
        description = "A name constraints extension must contain at least one permitted or excluded subtree.",
        citation = "RFC 5280: 4.2.1.10", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class NameConstraintEmpty extends CertificateLint {

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
        return LintResult.failIf(subtrees.isEmpty(), metadata().severity(), "name constraints with no subtree");
    }
}
