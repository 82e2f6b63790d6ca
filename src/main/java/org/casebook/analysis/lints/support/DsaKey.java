package org.casebook.analysis.lints.support;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.casebook.analysis.CertificateView;

/** A DSA subject key: domain parameters p, q, g (null when the SPKI omits them) and the public value y. */
public record DsaKey(BigInteger p, BigInteger q, BigInteger g, BigInteger y) {

    public static boolean isDsa(CertificateView certificate) {
        return certificate.publicKeyAlgorithm().equals(X9ObjectIdentifiers.id_dsa);
    }

    /** The key, or null when the certificate's key is not DSA or cannot be decoded. */
    public static DsaKey of(CertificateView certificate) {
        if (!isDsa(certificate)) {
            return null;
        }
        SubjectPublicKeyInfo spki = certificate.publicKeyInfo();
        try {
            BigInteger y = ASN1Integer.getInstance(spki.parsePublicKey()).getValue();
            ASN1Encodable parameters = spki.getAlgorithm().getParameters();
            if (parameters == null || parameters.toASN1Primitive() instanceof org.bouncycastle.asn1.ASN1Null) {
                return new DsaKey(null, null, null, y);
            }
            DSAParameter domain = DSAParameter.getInstance(parameters);
            return new DsaKey(domain.getP(), domain.getQ(), domain.getG(), y);
        } catch (Exception e) {
            return null;
        }
    }

    public boolean hasParameters() {
        return p != null && q != null && g != null;
    }
}
