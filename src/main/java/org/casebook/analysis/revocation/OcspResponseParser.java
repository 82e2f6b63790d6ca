package org.casebook.analysis.revocation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.CertID;
import org.bouncycastle.asn1.ocsp.CertStatus;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.ResponderID;
import org.bouncycastle.asn1.ocsp.ResponseBytes;
import org.bouncycastle.asn1.ocsp.ResponseData;
import org.bouncycastle.asn1.ocsp.RevokedInfo;
import org.bouncycastle.asn1.ocsp.SingleResponse;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.util.encoders.Hex;
import org.casebook.analysis.DerScanner;
import org.casebook.analysis.Signatures;

/**
 * Turns DER bytes (an OCSPResponse, or a bare BasicOCSPResponse as some tools save it) into an
 * {@link OcspResponseView}, or says why they are not one. Bounded and checked by {@link DerScanner} first.
 */
public final class OcspResponseParser {

    /** Largest response accepted: a response with its responder's certificate chain is a few KB. */
    public static final int MAX_RESPONSE_BYTES = DerScanner.MAX_BYTES;

    private OcspResponseParser() {
    }

    public static OcspResponseView parse(byte[] der) throws RevocationParseException {
        return parse(der, DerScanner.Rules.DER);
    }

    /** As {@link #parse}, accepting BER encodings as zlint's parser does. */
    public static OcspResponseView parseLenient(byte[] der) throws RevocationParseException {
        return parse(der, DerScanner.Rules.BER);
    }

    private static OcspResponseView parse(byte[] der, DerScanner.Rules rules) throws RevocationParseException {
        DerScanner.Violation violation = DerScanner.check(der, rules, MAX_RESPONSE_BYTES);
        if (violation != null) {
            throw new RevocationParseException("not a DER OCSP response: " + violation.message());
        }
        String field = "OCSPResponse";
        try {
            ASN1Primitive outer = ASN1Primitive.fromByteArray(der);
            if (!(outer instanceof ASN1Sequence sequence) || sequence.size() == 0) {
                throw new RevocationParseException("OCSPResponse is not a non-empty SEQUENCE");
            }
            if (!(sequence.getObjectAt(0) instanceof ASN1Enumerated)) {
                field = "BasicOCSPResponse";
                return basic(OcspResponseView.SUCCESSFUL, BasicOCSPResponse.getInstance(sequence));
            }
            OCSPResponse response = OCSPResponse.getInstance(sequence);
            int status = response.getResponseStatus().getIntValue();
            ResponseBytes bytes = response.getResponseBytes();
            if (bytes == null) {
                if (status == OcspResponseView.SUCCESSFUL) {
                    throw new RevocationParseException("a successful OCSPResponse without responseBytes");
                }
                return new OcspResponseView(status, null, null, null, List.of(), 0, null);
            }
            if (!bytes.getResponseType().equals(OCSPObjectIdentifiers.id_pkix_ocsp_basic)) {
                throw new RevocationParseException("responseType " + bytes.getResponseType().getId() + " is not id-pkix-ocsp-basic");
            }
            field = "BasicOCSPResponse";
            byte[] basicDer = bytes.getResponse().getOctets();
            DerScanner.Violation inner = DerScanner.check(basicDer, rules, MAX_RESPONSE_BYTES);
            if (inner != null) {
                throw new RevocationParseException("BasicOCSPResponse: " + inner.message());
            }
            return basic(status, BasicOCSPResponse.getInstance(ASN1Primitive.fromByteArray(basicDer)));
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle reports a malformed structure with an unchecked exception; name the structure.
            throw new RevocationParseException("malformed " + field + ": " + e.getMessage());
        }
    }

    private static OcspResponseView basic(int status, BasicOCSPResponse basic) throws RevocationParseException, IOException {
        ResponseData data = basic.getTbsResponseData();
        List<OcspResponseView.SingleResponse> singles = new ArrayList<>();
        for (int i = 0; i < data.getResponses().size(); i++) {
            singles.add(single(SingleResponse.getInstance(data.getResponses().getObjectAt(i))));
        }
        if (singles.isEmpty()) {
            throw new RevocationParseException("BasicOCSPResponse has no SingleResponse");
        }
        int certificates = basic.getCerts() == null ? 0 : basic.getCerts().size();
        return new OcspResponseView(status, CrlParser.time(data.getProducedAt()), responder(data.getResponderID()),
                basic.getSignatureAlgorithm().getAlgorithm().getId(), singles, certificates,
                new OcspResponseView.Signed(signedPart(basic), basic.getSignatureAlgorithm(), basic.getSignature().getOctets()));
    }

    /** tbsResponseData as encoded: the signature covers those bytes, not a re-encoding. */
    private static byte[] signedPart(BasicOCSPResponse basic) throws IOException {
        byte[] encoded = basic.getEncoded();
        byte[] slice = Signatures.signedPart(encoded);
        return slice != null ? slice : basic.getTbsResponseData().getEncoded(ASN1Encoding.DER);
    }

    private static OcspResponseView.SingleResponse single(SingleResponse single) throws RevocationParseException, IOException {
        CertID id = single.getCertID();
        CertStatus status = single.getCertStatus();
        OcspResponseView.CertStatus certStatus;
        java.time.Instant revocationTime = null;
        Integer reason = null;
        switch (status.getTagNo()) {
            case 0 -> certStatus = OcspResponseView.CertStatus.GOOD;
            case 1 -> {
                certStatus = OcspResponseView.CertStatus.REVOKED;
                RevokedInfo revoked = RevokedInfo.getInstance(status.getStatus());
                revocationTime = CrlParser.time(revoked.getRevocationTime());
                reason = revoked.getRevocationReason() == null ? null : revoked.getRevocationReason().getValue().intValueExact();
            }
            case 2 -> certStatus = OcspResponseView.CertStatus.UNKNOWN;
            default -> throw new RevocationParseException("certStatus with tag [" + status.getTagNo() + "]");
        }
        return new OcspResponseView.SingleResponse(id.getHashAlgorithm().getAlgorithm().getId(),
                id.getIssuerNameHash().getOctets(), id.getIssuerKeyHash().getOctets(), id.getSerialNumber().getValue(),
                certStatus, revocationTime, reason, CrlParser.time(single.getThisUpdate()),
                single.getNextUpdate() == null ? null : CrlParser.time(single.getNextUpdate()));
    }

    private static String responder(ResponderID id) {
        X500Name name = id.getName();
        return name != null ? name.toString() : "key hash " + Hex.toHexString(id.getKeyHash());
    }
}
