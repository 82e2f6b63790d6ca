package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.NameConstraintsFields;

/**
 * RFC 5280 4.2.1.10 defines no name-matching rules for some GeneralName types, so a name constraint on
 * one of them should not be used; one lint per type.
 */
abstract class NameConstraintOnTypeLint extends CertificateLint {

    private final int generalNameTag;
    private final String typeName;

    protected NameConstraintOnTypeLint(int generalNameTag, String typeName) {
        this.generalNameTag = generalNameTag;
        this.typeName = typeName;
    }

    @Override
    protected final boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.nameConstraints);
    }

    @Override
    protected final LintResult check(CertificateView certificate) {
        List<NameConstraintsFields.Subtree> subtrees = NameConstraintsFields.of(certificate);
        if (subtrees == null) {
            return LintResult.NOT_APPLICABLE;
        }
        boolean present = subtrees.stream().anyMatch(s -> s.base().isContext(generalNameTag));
        return LintResult.failIf(present, metadata().severity(), "a name constraint on " + typeName);
    }
}
