package org.casebook.analysis.lints.etsi;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.QcStatements;

@LintSpec(code = "e_qcstatem_qccompliance_valid",
        description = "The QcCompliance statement must be the bare statement identifier, with no statementInfo.",
        citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.2.1", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_2_1)
public class QcStatemQcComplianceValid extends EtsiStatementLint {

    @Override
    protected ASN1ObjectIdentifier statement() {
        return QcStatements.COMPLIANCE;
    }

    @Override
    protected LintResult check(CertificateView certificate, QcStatements.Found found) {
        return found.problem() == null ? LintResult.PASS : LintResult.error(found.problem());
    }
}
