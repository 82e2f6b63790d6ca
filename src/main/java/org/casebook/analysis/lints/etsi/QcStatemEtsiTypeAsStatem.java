package org.casebook.analysis.lints.etsi;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.QcStatements;

@LintSpec(code = "e_qcstatem_etsi_type_as_statem",
        description = "The ETSI QC type OIDs (esign, eseal, web) belong inside a QcType statement; used as QC statement identifiers themselves they are an error.",
        citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.2.3", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_2_1)
public class QcStatemEtsiTypeAsStatem extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(QcStatements.EXTENSION);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        QcStatements statements = QcStatements.of(certificate);
        List<String> problems = new ArrayList<>();
        for (ASN1ObjectIdentifier type : List.of(QcStatements.TYPE_ESIGN, QcStatements.TYPE_ESEAL, QcStatements.TYPE_WEB)) {
            QcStatements.Found found = statements.find(type);
            if (found.problem() != null) {
                problems.add(found.problem());
            }
            if (found.present()) {
                problems.add("QC type " + type.getId() + " is used as a QC statement identifier");
            }
        }
        return problems.isEmpty() ? LintResult.PASS : LintResult.error(String.join("; ", problems));
    }
}
