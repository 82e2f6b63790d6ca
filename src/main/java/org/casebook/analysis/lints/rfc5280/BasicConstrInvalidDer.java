package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_basic_constr_invalid_der",
        description = "The basic constraints cA field defaults to FALSE, so DER requires it to be left out rather than encoded as FALSE.",
        citation = "RFC 5280: 4.1, 4.2.1.9 (DER, X.690 11.5)", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class BasicConstrInvalidDer extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.basicConstraints);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        Der value = RawCertificate.extensionValue(certificate, Extension.basicConstraints);
        if (value == null) {
            return LintResult.NOT_APPLICABLE;
        }
        List<Der> fields;
        try {
            fields = value.children();
        } catch (RuntimeException e) {
            // the lenient parse never read inside the extension; an unreadable value is for other lints
            return LintResult.NOT_APPLICABLE;
        }
        boolean explicitFalse = !fields.isEmpty() && fields.get(0).isUniversal(Der.BOOLEAN)
                && fields.get(0).content().length > 0 && fields.get(0).content()[0] == 0;
        return LintResult.failIf(explicitFalse, metadata().severity(), "basic constraints encodes cA = FALSE explicitly; DER omits a DEFAULT value");
    }
}
