package org.casebook.analysis.lints.support;

import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.casebook.analysis.CertificateView;

/** Which kinds of name the subjectAltName holds. */
public final class SubjectAltNameTypes {

    private SubjectAltNameTypes() {
    }

    /** True when the SAN holds at least one name of the given GeneralName tag. */
    public static boolean contains(CertificateView certificate, int tag) {
        GeneralNames names = certificate.subjectAltNames();
        if (names == null) {
            return false;
        }
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == tag) {
                return true;
            }
        }
        return false;
    }
}
