package org.casebook.analysis.lints.etsi;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.QcStatements;

@LintSpec(code = "e_qcstatem_qctype_web",
        description = "A certificate for TLS server authentication that carries a QcType statement must declare the web type in it.",
        citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.2.3", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_2_1)
public class QcStatemQctypeWeb extends EtsiStatementLint {

    @Override
    protected ASN1ObjectIdentifier statement() {
        return QcStatements.QC_TYPE;
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return super.applies(certificate) && certificate.extendedKeyUsages().contains(KeyPurposeId.id_kp_serverAuth);
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
        if (!types.contains(QcStatements.TYPE_WEB)) {
            problems.add("the QcType statement does not declare the web type");
        }
        return problems.isEmpty() ? LintResult.PASS : LintResult.error(String.join("; ", problems));
    }
}
