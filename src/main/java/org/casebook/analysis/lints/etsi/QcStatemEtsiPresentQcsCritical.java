package org.casebook.analysis.lints.etsi;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.QcStatements;

@LintSpec(code = "e_qcstatem_etsi_present_qcs_critical",
        description = "A qcStatements extension carrying ETSI QC statements must not be marked critical.",
        citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.1", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_2_1)
public class QcStatemEtsiPresentQcsCritical extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        QcStatements statements = QcStatements.of(certificate);
        return statements != null && statements.anyEtsiStatementPresent();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        return LintResult.failIf(QcStatements.of(certificate).critical(), metadata().severity(),
                "the qcStatements extension holds ETSI statements and is marked critical");
    }
}
