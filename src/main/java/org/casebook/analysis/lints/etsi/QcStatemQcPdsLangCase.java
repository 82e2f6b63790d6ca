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

@LintSpec(code = "w_qcstatem_qcpds_lang_case",
        description = "ISO 639-1 language codes in the QcPDS statement are written in lower case; other characters are flagged.",
        citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.3.4", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_2_1)
public class QcStatemQcPdsLangCase extends EtsiStatementLint {

    @Override
    protected ASN1ObjectIdentifier statement() {
        return QcStatements.PDS;
    }

    @Override
    protected LintResult check(CertificateView certificate, QcStatements.Found found) {
        if (found.problem() != null) {
            return LintResult.error(found.problem());
        }
        List<QcStatements.PdsLocation> locations = QcStatements.pdsLocations(found.statement().info());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            String language = locations.get(i).language();
            if (!language.codePoints().allMatch(Character::isLowerCase)) {
                problems.add("PDS location " + i + " has language code '" + language + "', not all lower-case letters");
            }
        }
        return problems.isEmpty() ? LintResult.PASS : LintResult.warn(String.join("; ", problems));
    }
}
