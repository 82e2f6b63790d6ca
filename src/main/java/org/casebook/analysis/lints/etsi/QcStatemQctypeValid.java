package org.casebook.analysis.lints.etsi;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.QcStatements;

@LintSpec(code = "e_qcstatem_qctype_valid",
        description = "Until EN 319 412-5 v2.5.0 (July 2023 here), the QcType statement must list at least one type, and only esign, eseal or web.",
        citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.2.3", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_2_1, ineffective = LintDates.ETSI_EN_319_411_2_V2_5_0)
public class QcStatemQctypeValid extends EtsiStatementLint {

    @Override
    protected ASN1ObjectIdentifier statement() {
        return QcStatements.QC_TYPE;
    }

    @Override
    protected LintResult check(CertificateView certificate, QcStatements.Found found) {
        if (found.problem() != null) {
            return LintResult.error(found.problem());
        }
        List<ASN1ObjectIdentifier> types = QcStatements.qcTypes(found.statement().info());
        List<String> problems = new ArrayList<>();
        if (types.isEmpty()) {
            problems.add("the QcType statement lists no type");
        }
        for (ASN1ObjectIdentifier type : types) {
            if (!QcStatements.TYPES.contains(type)) {
                problems.add("QcType " + type.getId() + " is not one of esign, eseal, web");
            }
        }
        return problems.isEmpty() ? LintResult.PASS : LintResult.error(String.join("; ", problems));
    }
}
