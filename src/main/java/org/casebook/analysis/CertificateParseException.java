package org.casebook.analysis;

/** The bytes are not one well-formed DER certificate; the message names the problem. */
public class CertificateParseException extends Exception {

    public CertificateParseException(String message) {
        super(message);
    }

    public CertificateParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
