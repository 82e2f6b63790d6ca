package org.casebook.analysis;

/**
 * Turns bytes into a {@link CertificateView}, or says precisely why they are not one certificate.
 * <p>
 * Two modes. {@link #parseDer} is strict: one DER certificate, nothing after it, and every rule of
 * RFC 5280's structure that Bouncy Castle enforces. {@link #parseLenient} accepts what zlint's Go
 * parser accepts (an empty issuer name, repeated extensions, a version number that does not match
 * the fields present, BER encodings), so that such certificates can be stored as evidence and linted:
 * the defects become findings instead of a refusal. Both refuse trailing bytes and oversized input.
 */
public final class CertificateParser {

    /** Upper bound on a certificate's size; real ones are a few KB. */
    public static final int MAX_CERTIFICATE_BYTES = DerScanner.MAX_BYTES;

    private CertificateParser() {
    }

    /**
     * Parses the way zlint does: structural defects that Bouncy Castle refuses by default are let
     * through (they are what lints look for). Still refuses what is not a certificate at all.
     */
    public static CertificateView parseLenient(byte[] der) throws CertificateParseException {
        return new CertificateView(der, CertificateDecoder.lenient(der));
    }

    /**
     * Parses one DER certificate and nothing else; the exception names the first departure from DER
     * or from the certificate structure, with its byte offset where there is one.
     */
    public static CertificateView parseDer(byte[] der) throws CertificateParseException {
        return CertificateView.of(der);
    }
}
