package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

/**
 * BRs 7.1.4.2.2: a subscriber certificate gives address attributes only when its subject names an
 * organization or a person (organizationName, givenName or surname); one lint per attribute.
 */
abstract class AddressWithoutIdentityLint extends CertificateLint {

    private final ASN1ObjectIdentifier attribute;
    private final String attributeName;

    protected AddressWithoutIdentityLint(ASN1ObjectIdentifier attribute, String attributeName) {
        this.attribute = attribute;
        this.attributeName = attributeName;
    }

    @Override
    protected final boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected final LintResult check(CertificateView certificate) {
        boolean identified = !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.ORGANIZATION).isEmpty() || !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.GIVEN_NAME).isEmpty()
                || !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.SURNAME).isEmpty();
        return LintResult.failIf(!identified && !TlsCertificateFacts.subjectValues(certificate, attribute).isEmpty(), metadata().severity(),
                "subject has a " + attributeName + " but names no organization or person");
    }
}
