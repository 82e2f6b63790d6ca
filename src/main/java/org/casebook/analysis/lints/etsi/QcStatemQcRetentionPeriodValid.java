package org.casebook.analysis.lints.etsi;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.QcStatements;

@LintSpec(code = "e_qcstatem_qcretentionperiod_valid",
        description = "The QcRetentionPeriod statement must give the retention period as a non-negative INTEGER number of years.",
        citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11)/ Section 4.3.3", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_2_1)
public class QcStatemQcRetentionPeriodValid extends EtsiStatementLint {

    @Override
    protected ASN1ObjectIdentifier statement() {
        return QcStatements.RETENTION_PERIOD;
    }

    @Override
    protected LintResult check(CertificateView certificate, QcStatements.Found found) {
        if (found.problem() != null) {
            return LintResult.error(found.problem());
        }
        boolean negative = ((ASN1Integer) found.statement().info()).getValue().signum() < 0;
        return LintResult.failIf(negative, metadata().severity(), "the retention period is negative");
    }
}
