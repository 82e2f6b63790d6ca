package org.casebook.analysis.lints.etsi;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.lints.support.QcStatements;

/** A lint about one ETSI QC statement: it applies when that statement is present in qcStatements. */
abstract class EtsiStatementLint extends CertificateLint {

    protected abstract ASN1ObjectIdentifier statement();

    /** The verdict on a statement that is present; {@code found.problem()} says if its content is malformed. */
    protected abstract LintResult check(CertificateView certificate, QcStatements.Found found);

    @Override
    protected boolean applies(CertificateView certificate) {
        QcStatements statements = QcStatements.of(certificate);
        return statements != null && statements.find(statement()).present();
    }

    @Override
    protected final LintResult check(CertificateView certificate) {
        return check(certificate, QcStatements.of(certificate).find(statement()));
    }
}
