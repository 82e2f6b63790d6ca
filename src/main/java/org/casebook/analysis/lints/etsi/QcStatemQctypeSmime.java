package org.casebook.analysis.lints.etsi;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.QcStatements;

@LintSpec(code = "e_qcstatem_qctype_smime",
        description = "An S/MIME certificate under the CA/Browser Forum S/MIME policies that carries a QcType statement must declare it as esign or eseal.",
        citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.2.3", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_2_1)
public class QcStatemQctypeSmime extends EtsiStatementLint {

    // CA/Browser Forum S/MIME BR policies: 2.23.140.1.5.<validation 1-4>.<generation 1-3>.
    private static final ASN1ObjectIdentifier SMIME_BR = new ASN1ObjectIdentifier("2.23.140.1.5");

    @Override
    protected ASN1ObjectIdentifier statement() {
        return QcStatements.QC_TYPE;
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return super.applies(certificate) && certificate.policyOids().stream().anyMatch(QcStatemQctypeSmime::isSmimeBrPolicy);
    }

    private static boolean isSmimeBrPolicy(ASN1ObjectIdentifier policy) {
        if (!policy.on(SMIME_BR)) {
            return false;
        }
        String[] arcs = policy.getId().substring(SMIME_BR.getId().length() + 1).split("\\.");
        return arcs.length == 2 && arcs[0].matches("[1-4]") && arcs[1].matches("[1-3]");
    }

    @Override
    protected LintResult check(CertificateView certificate, QcStatements.Found found) {
        if (found.problem() != null) {
            return LintResult.error(found.problem());
        }
        var types = QcStatements.qcTypes(found.statement().info());
        if (types.isEmpty()) {
            return LintResult.error("the QcType statement lists no type");
        }
        if (!types.contains(QcStatements.TYPE_ESIGN) && !types.contains(QcStatements.TYPE_ESEAL)) {
            return LintResult.error("S/MIME certificate whose QcType is neither esign nor eseal");
        }
        return LintResult.PASS;
    }
}
