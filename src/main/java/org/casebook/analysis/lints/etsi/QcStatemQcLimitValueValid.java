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

@LintSpec(code = "e_qcstatem_qclimitvalue_valid",
        description = "The QcLimitValue statement must be a monetary value with a non-negative amount and an ISO 4217 currency: three letters, or a number from 1 to 999.",
        citation = "ETSI EN 319 412 - 5 V2.2.1 (2017 - 11) / Section 4.3.2", source = LintSource.ETSI_ESI, effective = LintDates.ETSI_EN_319_412_5_V2_2_1)
public class QcStatemQcLimitValueValid extends EtsiStatementLint {

    @Override
    protected ASN1ObjectIdentifier statement() {
        return QcStatements.LIMIT_VALUE;
    }

    @Override
    protected LintResult check(CertificateView certificate, QcStatements.Found found) {
        if (found.problem() != null) {
            return LintResult.error(found.problem());
        }
        QcStatements.LimitValue value = QcStatements.limitValue(found.statement().info());
        List<String> problems = new ArrayList<>();
        if (value.amount() < 0) {
            problems.add("the amount is negative");
        }
        if (value.currencyNumber() != null) {
            if (value.currencyNumber() < 1 || value.currencyNumber() > 999) {
                problems.add("numeric currency code " + value.currencyNumber() + " is outside 1-999");
            }
        } else {
            String letters = value.currencyLetters();
            if (letters.length() != 3) {
                problems.add("currency code '" + letters + "' is not three characters long");
            }
            if (!letters.chars().allMatch(Character::isLetter)) {
                problems.add("currency code '" + letters + "' holds characters other than letters");
            }
        }
        return problems.isEmpty() ? LintResult.PASS : LintResult.error(String.join("; ", problems));
    }
}
