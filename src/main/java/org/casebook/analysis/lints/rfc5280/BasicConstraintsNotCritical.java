package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_basic_constraints_not_critical",
        description = "In a CA certificate the basic constraints extension must be marked critical.",
        citation = "RFC 5280: 4.2.1.9", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class BasicConstraintsNotCritical extends ExtensionCriticalityLint {

    public BasicConstraintsNotCritical() {
        super(Extension.basicConstraints, "basic constraints", true);
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isCa() && super.applies(certificate);
    }
}
