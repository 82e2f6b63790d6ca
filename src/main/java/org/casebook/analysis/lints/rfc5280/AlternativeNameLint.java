package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;

/** A rule on the entries of the subject or issuer alternative name; applies when that extension is present. */
abstract class AlternativeNameLint extends CertificateLint {

    private final ASN1ObjectIdentifier extension;

    protected AlternativeNameLint(boolean subject) {
        this.extension = subject ? Extension.subjectAlternativeName : Extension.issuerAlternativeName;
    }

    protected String extensionName() {
        return extension.equals(Extension.subjectAlternativeName) ? "subject alternative name" : "issuer alternative name";
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(extension);
    }

    @Override
    protected final LintResult check(CertificateView certificate) {
        List<Der> entries = GeneralNameList.of(certificate, extension);
        if (entries == null) {
            return LintResult.NOT_APPLICABLE;
        }
        return check(certificate, entries);
    }

    protected abstract LintResult check(CertificateView certificate, List<Der> entries);

    protected LintResult fail(String detail) {
        return LintResult.failIf(true, metadata().severity(), detail);
    }
}
