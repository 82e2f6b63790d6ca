package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateView;

/** A rule on the form of an OCSP responder's id-pkix-ocsp-nocheck extension (BR 7.1.2.8.6), where it is present. */
abstract class OcspNocheckLint extends BrProfileLint {

    protected OcspNocheckLint() {
        super(BrProfile.OCSP_RESPONDER);
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return super.applies(certificate) && certificate.hasExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck);
    }

    protected static Extension nocheck(CertificateView certificate) {
        return certificate.extension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck);
    }
}
