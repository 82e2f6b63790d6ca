package org.casebook.analysis.lints.rfc5280;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.Names;

/** An upper bound on the length, in characters, of one subject attribute type (RFC 5280 Appendix A.1). */
abstract class SubjectAttributeLengthLint extends CertificateLint {

    private final ASN1ObjectIdentifier type;
    private final String typeName;
    private final int maxCharacters;

    protected SubjectAttributeLengthLint(ASN1ObjectIdentifier type, String typeName, int maxCharacters) {
        this.type = type;
        this.typeName = typeName;
        this.maxCharacters = maxCharacters;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (Names.Attribute attribute : Names.subject(certificate, type)) {
            int length = attribute.length();
            if (length > maxCharacters) {
                return LintResult.failIf(true, metadata().severity(),
                        "subject " + typeName + " is " + length + " characters long, over the bound of " + maxCharacters);
            }
        }
        return LintResult.PASS;
    }
}
