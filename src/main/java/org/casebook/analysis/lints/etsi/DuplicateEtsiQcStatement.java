package org.casebook.analysis.lints.etsi;

import java.util.HashSet;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.QcStatements;

@LintSpec(code = "e_duplicate_etsi_qcstatement",
        description = "From 1 May 2026, each ETSI EN 319 412-5 QC statement may appear at most once in the qcStatements extension.",
        citation = "ETSI EN 319 412-5 v2.6.1, clause QCS-4.1-02A", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_6_1)
public class DuplicateEtsiQcStatement extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(QcStatements.EXTENSION);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        QcStatements statements = QcStatements.of(certificate);
        Set<ASN1ObjectIdentifier> seen = new HashSet<>();
        for (ASN1ObjectIdentifier oid : statements.oids()) {
            if (!seen.add(oid) && oid.on(QcStatements.ETSI_QCS)) {
                return LintResult.error("ETSI QC statement " + oid.getId() + " appears more than once");
            }
        }
        return LintResult.PASS;
    }
}
