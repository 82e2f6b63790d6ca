package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyPair;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.profiles.ProfileCertificates;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class BrProfileTests {

    @Test
    void aSelfSignedCaIsARootNotASubordinateCa() {
        BrProfile.Judgement judged = BrProfile.judge(ProfileCertificates.rootCa().view());
        assertEquals(BrProfile.ROOT_CA, judged.profile());
        assertEquals("root-ca", judged.key());
    }

    @Test
    void aSelfIssuedCaUnderAnotherKeyIsASubordinateCa() {
        // A key rollover certificate: same name, signed by the old key, whose identifier its AKI names.
        KeyPair oldKey = TestPki.newRsaKey();
        CertificateView rollover = TestPki.certificate().ca().subject("C=US,O=Example Trust,CN=Example Root R1")
                .issuer("C=US,O=Example Trust,CN=Example Root R1").issuerKey(oldKey)
                .ekus(KeyPurposeId.id_kp_serverAuth).view();
        assertEquals(BrProfile.TLS_SUBORDINATE_CA, BrProfile.of(rollover));
    }

    @Test
    void aCrossCertifiedCaWithAnyExtendedKeyUsageIsACaNotASubscriber() {
        assertEquals(BrProfile.CROSS_CERTIFIED_SUBORDINATE_CA, BrProfile.of(ProfileCertificates.crossCertifiedCa().view()));
    }

    @Test
    void caKindsFollowTheirExtendedKeyUsageAndNameConstraints() {
        assertEquals(BrProfile.TLS_SUBORDINATE_CA, BrProfile.of(ProfileCertificates.tlsSubordinateCa().view()));
        assertEquals(BrProfile.TECHNICALLY_CONSTRAINED_TLS_SUBORDINATE_CA, BrProfile.of(ProfileCertificates.constrainedTlsSubordinateCa().view()));
        assertEquals(BrProfile.TECHNICALLY_CONSTRAINED_NON_TLS_SUBORDINATE_CA, BrProfile.of(ProfileCertificates.nonTlsSubordinateCa().view()));
        assertEquals(BrProfile.PRECERTIFICATE_SIGNING_CA, BrProfile.of(ProfileCertificates.precertificateSigningCa().view()));
        assertEquals(BrProfile.TLS_SUBORDINATE_CA, BrProfile.of(TestPki.certificate().ca().view()), "no extended key usage at all");
    }

    @Test
    void endEntitiesAreOcspRespondersOrSubscribersByValidationType() {
        assertEquals("OCSP responder", BrProfile.judge(ProfileCertificates.ocspResponder().view()).label());
        assertEquals("subscriber, DV", BrProfile.judge(ProfileCertificates.dvSubscriber().view()).label());
        assertEquals("subscriber, EV", BrProfile.judge(ProfileCertificates.evSubscriber().view()).label());
        BrProfile.Judgement noPolicy = BrProfile.judge(TestPki.certificate().view());
        assertEquals("subscriber, validation type undetermined", noPolicy.label());
        assertEquals("subscriber", noPolicy.key());
        assertEquals("subscriber-iv", BrProfile.judge(ProfileCertificates.ivSubscriber().view()).key());
    }
}
