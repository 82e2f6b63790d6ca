package org.casebook.analysis.lints.mozilla;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_mp_eddsa_key_without_email_protection",
        description = "An EdDSA (Ed25519 or Ed448) key is allowed only in certificates whose EKU contains id-kp-emailProtection.",
        citation = "Mozilla Root Store Policy 2.9, section 5.1", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_POLICY_2_9)
public class MpEddsaKeyWithoutEmailProtection extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        ASN1ObjectIdentifier algorithm = certificate.publicKeyAlgorithm();
        return EdECObjectIdentifiers.id_Ed25519.equals(algorithm) || EdECObjectIdentifiers.id_Ed448.equals(algorithm);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(!certificate.extendedKeyUsages().contains(KeyPurposeId.id_kp_emailProtection), metadata().severity(),
                "EdDSA key in a certificate without id-kp-emailProtection");
    }
}
