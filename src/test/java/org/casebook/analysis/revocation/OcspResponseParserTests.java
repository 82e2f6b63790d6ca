package org.casebook.analysis.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class OcspResponseParserTests {

    @Test
    void readsAGoodAndARevokedResponse() throws Exception {
        OcspResponseView good = OcspResponseParser.parse(TestPki.ocspResponse().der());
        assertTrue(good.successful());
        assertEquals(Instant.parse("2025-01-10T12:00:00Z"), good.producedAt());
        OcspResponseView.SingleResponse single = good.firstResponse().orElseThrow();
        assertEquals(OcspResponseView.CertStatus.GOOD, single.certStatus());
        assertEquals(BigInteger.valueOf(1234), single.serialNumber());
        assertEquals(Instant.parse("2025-01-10T11:00:00Z"), single.thisUpdate());
        assertEquals(Instant.parse("2025-01-14T11:00:00Z"), single.nextUpdate().orElseThrow());
        assertTrue(good.responderId().startsWith("key hash "), good.responderId());

        OcspResponseView revoked = OcspResponseParser.parse(TestPki.ocspResponse().revoked("2025-01-09T00:00:00Z", 1).der());
        OcspResponseView.SingleResponse entry = revoked.firstResponse().orElseThrow();
        assertEquals(OcspResponseView.CertStatus.REVOKED, entry.certStatus());
        assertEquals(Instant.parse("2025-01-09T00:00:00Z"), entry.revocationTime());
        assertEquals(1, entry.revocationReason());
    }

    @Test
    void theSignatureVerifiesUnderTheResponderKeyOnly() throws Exception {
        OcspResponseView response = OcspResponseParser.parse(TestPki.ocspResponse().der());
        assertTrue(response.signedBy(SubjectPublicKeyInfo.getInstance(TestPki.rsaKey().getPublic().getEncoded())));
        assertFalse(response.signedBy(SubjectPublicKeyInfo.getInstance(TestPki.newRsaKey().getPublic().getEncoded())));
    }

    @Test
    void readsABareBasicResponseAndAnUnsuccessfulOne() throws Exception {
        byte[] full = TestPki.ocspResponse().der();
        byte[] basic = OCSPResponse.getInstance(full).getResponseBytes().getResponse().getOctets();
        assertEquals(Instant.parse("2025-01-10T12:00:00Z"), OcspResponseParser.parse(basic).producedAt());
        byte[] tryLater = new OCSPResp(new OCSPResponse(new org.bouncycastle.asn1.ocsp.OCSPResponseStatus(3), null)).getEncoded();
        OcspResponseView unsuccessful = OcspResponseParser.parse(tryLater);
        assertFalse(unsuccessful.successful());
        assertEquals(3, unsuccessful.responseStatus());
    }

    @Test
    void refusesWhatIsNotAResponseWithAReason() {
        RevocationParseException empty = assertThrows(RevocationParseException.class, () -> OcspResponseParser.parse(new byte[0]));
        assertEquals("not a DER OCSP response: empty input at offset 0", empty.getMessage());
        RevocationParseException crl = assertThrows(RevocationParseException.class, () -> OcspResponseParser.parse(TestPki.crl().der()));
        assertTrue(crl.getMessage().startsWith("malformed BasicOCSPResponse"), crl.getMessage());
    }

    @Test
    void damagedResponsesAreRefusedWithAParseExceptionAndNothingElse() {
        byte[] der = TestPki.ocspResponse().der();
        DamagedInputs.refusedOnlyWithAReason(der, OcspResponseParser::parse, OcspResponseParser::parseLenient);
    }
}
