package org.casebook.analysis.lints.etsi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.QcStatements;

@LintSpec(code = "e_qcstatem_qcpds_valid",
        description = "The QcPDS statement must list at least one PKI disclosure statement, each with a two-letter language code, no language twice, and one in English.",
        citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.3.4", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_2_1)
public class QcStatemQcPdsValid extends EtsiStatementLint {

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
        if (locations.isEmpty()) {
            problems.add("the list of PDS locations is empty");
        }
        Set<String> languages = new HashSet<>();
        boolean english = false;
        for (int i = 0; i < locations.size(); i++) {
            String language = locations.get(i).language();
            if (language.length() != 2) {
                problems.add("PDS location " + i + " has language code '" + language + "', not two letters");
            }
            String lower = language.toLowerCase(Locale.ROOT);
            english |= lower.equals("en");
            if (!languages.add(lower)) {
                problems.add("language '" + language + "' is listed more than once");
            }
        }
        if (!english) {
            problems.add("no PDS in English");
        }
        return problems.isEmpty() ? LintResult.PASS : LintResult.error(String.join("; ", problems));
    }
}
