package org.casebook.analysis.revocation;

/** The bytes are not one well-formed CRL or OCSP response; the message names the problem. */
public class RevocationParseException extends Exception {

    public RevocationParseException(String message) {
        super(message);
    }
}
