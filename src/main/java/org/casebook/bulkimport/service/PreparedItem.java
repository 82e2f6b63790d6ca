package org.casebook.bulkimport.service;

import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.evidence.StoredFinding;

/** One item after parsing and linting, before storing: a certificate with its findings, or the reason it is rejected. */
record PreparedItem(long number, String source, CertificateView view, List<StoredFinding> findings, String problem) {

    static PreparedItem rejected(long number, String source, String problem) {
        return new PreparedItem(number, source, null, null, problem);
    }

    boolean accepted() {
        return problem == null;
    }
}
