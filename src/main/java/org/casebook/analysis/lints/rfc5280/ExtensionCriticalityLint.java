package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;

/** Shared shape of the rules "extension X MUST (or SHOULD) (not) be marked critical". */
abstract class ExtensionCriticalityLint extends CertificateLint {

    private final ASN1ObjectIdentifier extension;
    private final String extensionName;
    private final boolean wantCritical;

    protected ExtensionCriticalityLint(ASN1ObjectIdentifier extension, String extensionName, boolean wantCritical) {
        this.extension = extension;
        this.extensionName = extensionName;
        this.wantCritical = wantCritical;
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(extension);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        boolean critical = certificate.extension(extension).isCritical();
        if (critical == wantCritical) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "the " + extensionName + " extension is " + (critical ? "" : "not ") + "marked critical");
    }
}
