package org.casebook.analysis.lints.etsi;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.QcStatements;

@LintSpec(code = "e_qcstatem_pds_must_have_https_only",
        description = "From EN 319 412-5 v2.4.1 (September 2023), every PKI disclosure statement URL in the QcPDS statement must use https.",
        citation = "ETSI EN 319 412 - 5 V2.4.1 (2023 - 09) / Section 4.3.4", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_4_1)
public class QcStatemPdsMustHaveHttpsOnly extends EtsiStatementLint {

    @Override
    protected ASN1ObjectIdentifier statement() {
        return QcStatements.PDS;
    }

    @Override
    protected LintResult check(CertificateView certificate, QcStatements.Found found) {
        if (found.problem() != null) {
            return LintResult.error("the QcPDS statement cannot be read: " + found.problem());
        }
        for (QcStatements.PdsLocation location : QcStatements.pdsLocations(found.statement().info())) {
            if (!location.url().startsWith("https://")) {
                return LintResult.error("PDS URL " + location.url() + " does not use https");
            }
        }
        return LintResult.PASS;
    }
}
