package org.casebook.analysis.revocation;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One parsed OCSP response (RFC 6960 section 4.2.1), immutable. A response whose status is not successful has
 * no body; a successful one carries a BasicOCSPResponse: when it was produced, by which responder, and one
 * {@link SingleResponse} per certificate asked about. Made by {@link OcspResponseParser}.
 */
public record OcspResponseView(int responseStatus, Instant producedAt, String responderId,
        String signatureAlgorithmOid, List<SingleResponse> responses, int certificateCount) {

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

    public boolean successful() {
        return responseStatus == SUCCESSFUL && producedAt != null;
    }

    /** The first single response, the one a response about one certificate is about (as Go's ParseResponse reads it). */
    public Optional<SingleResponse> firstResponse() {
        return responses.isEmpty() ? Optional.empty() : Optional.of(responses.get(0));
    }
}
