package org.casebook.testpki;

import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.casebook.analysis.revocation.OcspResponseParser;
import org.casebook.analysis.revocation.OcspResponseView;
import org.casebook.analysis.revocation.RevocationParseException;

/**
 * OCSP responses for tests, made with Bouncy Castle's BasicOCSPRespBuilder: by default a successful response,
 * signed by the issuing CA, that one certificate is good, with thisUpdate an hour before producedAt.
 */
public final class TestOcspResponse {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private KeyPair issuerKey = TestPki.rsaKey();
    private BigInteger serial = BigInteger.valueOf(1234);
    private Instant producedAt = Instant.parse("2025-01-10T12:00:00Z");
    private Instant thisUpdate = Instant.parse("2025-01-10T11:00:00Z");
    private Instant nextUpdate = Instant.parse("2025-01-14T11:00:00Z");
    private Instant revokedAt;
    private int reason = -1;
    private byte[] issuerCertificate;
    private KeyPair signerKey;

    TestOcspResponse() {
    }

    /** The CA the response speaks for: its certificate (for the CertID hashes) and key (the signer unless {@link #signedBy}). */
    public TestOcspResponse issuer(byte[] certificateDer, KeyPair key) {
        this.issuerCertificate = certificateDer;
        this.issuerKey = key;
        return this;
    }

    public TestOcspResponse serial(BigInteger serial) {
        this.serial = serial;
        return this;
    }

    /** Signs with another key than the issuer's. */
    public TestOcspResponse signedBy(KeyPair key) {
        this.signerKey = key;
        return this;
    }

    public TestOcspResponse producedAt(String instant) {
        this.producedAt = Instant.parse(instant);
        return this;
    }

    public TestOcspResponse thisUpdate(String instant) {
        this.thisUpdate = Instant.parse(instant);
        return this;
    }

    /** {@code null} leaves nextUpdate out. */
    public TestOcspResponse nextUpdate(String instant) {
        this.nextUpdate = instant == null ? null : Instant.parse(instant);
        return this;
    }

    public TestOcspResponse revoked(String instant, int reasonCode) {
        this.revokedAt = Instant.parse(instant);
        this.reason = reasonCode;
        return this;
    }

    public byte[] der() {
        try {
            X509CertificateHolder issuer = new X509CertificateHolder(issuerCertificate != null ? issuerCertificate : TestPki.certificate()
                    .selfSignedRoot("CN=Test OCSP Issuer,O=Casebook Test PKI,C=US").subjectKey(issuerKey).der());
            KeyPair signer = signerKey != null ? signerKey : issuerKey;
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().setProvider(BC).build();
            CertificateID id = new CertificateID(digests.get(CertificateID.HASH_SHA1), issuer, serial);
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
                    new RespID(SubjectPublicKeyInfo.getInstance(signer.getPublic().getEncoded()), digests.get(CertificateID.HASH_SHA1)));
            CertificateStatus status = revokedAt == null ? CertificateStatus.GOOD : new RevokedStatus(Date.from(revokedAt), reason);
            builder.addResponse(id, status, Date.from(thisUpdate), nextUpdate == null ? null : Date.from(nextUpdate), null);
            var basic = builder.build(new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(signer.getPrivate()),
                    null, Date.from(producedAt));
            OCSPResp response = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
            return response.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build test OCSP response: " + e.getMessage(), e);
        }
    }

    public OcspResponseView view() {
        try {
            return OcspResponseParser.parse(der());
        } catch (RevocationParseException e) {
            throw new IllegalStateException("test OCSP response does not parse: " + e.getMessage(), e);
        }
    }
}
