package org.casebook.analysis.lints.etsi;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.QcStatements;

@LintSpec(code = "e_qcstatem_mandatory_etsi_statems",
        description = "A certificate carrying any ETSI QC statement must carry the QcCompliance statement, which EN 319 412-5 makes mandatory.",
        citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 5", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_2_1)
public class QcStatemMandatoryEtsiStatems extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        QcStatements statements = QcStatements.of(certificate);
        return statements != null && statements.anyEtsiStatementPresent();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        QcStatements.Found found = QcStatements.of(certificate).find(QcStatements.COMPLIANCE);
        if (found.problem() != null) {
            return LintResult.error(found.problem());
        }
        return LintResult.failIf(!found.present(), metadata().severity(), "ETSI QC statements without the mandatory QcCompliance statement");
    }
}
