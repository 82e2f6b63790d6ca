package org.casebook.evidence;

/** The part a stored certificate plays in its CA's hierarchy, when it is one of the CA's own. */
public enum CaCertificateRole {
    ROOT, INTERMEDIATE, CROSS_CERTIFICATE
}
