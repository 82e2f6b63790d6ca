package org.casebook.analysis.revocation;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.casebook.analysis.Signatures;

/**
 * One parsed OCSP response (RFC 6960 section 4.2.1), immutable. A response whose status is not successful has
 * no body; a successful one carries a BasicOCSPResponse: when it was produced, by which responder, and one
 * {@link SingleResponse} per certificate asked about. Made by {@link OcspResponseParser}.
 */
public record OcspResponseView(int responseStatus, Instant producedAt, String responderId,
        String signatureAlgorithmOid, List<SingleResponse> responses, int certificateCount, Signed signed) {

    /** OCSPResponseStatus successful (0). */
    public static final int SUCCESSFUL = 0;

    public OcspResponseView {
        responses = List.copyOf(responses);
    }

    public enum CertStatus { GOOD, REVOKED, UNKNOWN }

    /**
     * The status of one certificate, named by its CertID (issuer name and key hashes, serial number).
     * {@code revocationReason} is the CRLReason when revoked with one; {@code nextUpdate} may be absent.
     */
    public record SingleResponse(String hashAlgorithmOid, byte[] issuerNameHash, byte[] issuerKeyHash,
            BigInteger serialNumber, CertStatus certStatus, Instant revocationTime, Integer revocationReason,
            Instant thisUpdate, Instant nextUpdateOrNull) {

        public SingleResponse {
            issuerNameHash = issuerNameHash.clone();
            issuerKeyHash = issuerKeyHash.clone();
        }

        @Override
        public byte[] issuerNameHash() {
            return issuerNameHash.clone();
        }

        @Override
        public byte[] issuerKeyHash() {
            return issuerKeyHash.clone();
        }

        public Optional<Instant> nextUpdate() {
            return Optional.ofNullable(nextUpdateOrNull);
        }
    }

    /** What the responder signed (tbsResponseData as encoded), with which algorithm, and the signature. */
    public record Signed(byte[] tbsResponseData, AlgorithmIdentifier algorithm, byte[] signature) {
        public Signed {
            tbsResponseData = tbsResponseData.clone();
            signature = signature.clone();
        }

        @Override
        public byte[] tbsResponseData() {
            return tbsResponseData.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }
    }

    /** Whether the response's signature verifies under {@code responderKey} (the CA's, or its delegated responder's). */
    public boolean signedBy(SubjectPublicKeyInfo responderKey) {
        return signed != null && Signatures.verifies(signed.tbsResponseData(), signed.algorithm(), signed.signature(), responderKey);
    }

    public boolean successful() {
        return responseStatus == SUCCESSFUL && producedAt != null;
    }

    /** The first single response, the one a response about one certificate is about (as Go's ParseResponse reads it). */
    public Optional<SingleResponse> firstResponse() {
        return responses.isEmpty() ? Optional.empty() : Optional.of(responses.get(0));
    }
}
