package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.RawCertificate;

/** A rule about the keyUsage BIT STRING as encoded; applies when the extension is present and readable. */
abstract class KeyUsageLint extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.keyUsage);
    }

    @Override
    protected final LintResult check(CertificateView certificate) {
        Der value = RawCertificate.extensionValue(certificate, Extension.keyUsage);
        if (value == null || !value.isUniversal(Der.BIT_STRING) || value.content().length == 0) {
            return LintResult.NOT_APPLICABLE;
        }
        return check(certificate, value);
    }

    protected abstract LintResult check(CertificateView certificate, Der bitString);
}
