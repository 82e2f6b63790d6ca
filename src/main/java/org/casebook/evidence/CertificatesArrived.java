package org.casebook.evidence;

import java.util.List;

/**
 * CDI event, fired synchronously in the transaction that persisted certificates for the first time (uploads, case-file
 * imports, the seed), after they are persisted: what derives data from a certificate on arrival (the search index)
 * observes it and commits with them. Whatever stores certificates by another path fires it too.
 */
public record CertificatesArrived(List<StoredCertificate> certificates) {
}
