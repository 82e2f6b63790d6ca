package org.casebook.search;

/** What a row of the certificate name index holds (table {@code certificate_name}, column {@code kind}). */
public enum NameKind {
    /** The serial number in hex, upper case, without leading zeros: typed with or without them, it is found. */
    SERIAL,
    /** A DNS name from the subjectAltName or the subject's CN, lower case, with its labels reversed beside it. */
    DNS,
    /** An IP address from the subjectAltName, in Java's textual form. */
    IP,
    /** One word of the subject's attribute values, lower case. */
    SUBJECT
}
