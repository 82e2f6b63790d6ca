package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.NameConstraintsFields;

@LintSpec(code = "w_name_constraint_on_x400",
        description = "RFC 5280 defines no name-matching rules for x400Address, so a constraint on it should not be used.",
        citation = "RFC 5280: 4.2.1.10", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class NameConstraintOnX400 extends CertificateLint {

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
        boolean present = subtrees.stream().anyMatch(s -> s.base().isContext(GeneralNameList.X400_ADDRESS));
        return LintResult.failIf(present, metadata().severity(), "a name constraint on x400Address");
    }
}
