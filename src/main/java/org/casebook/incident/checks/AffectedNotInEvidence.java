package org.casebook.incident.checks;

import jakarta.inject.Singleton;
import java.util.List;

/** Affected certificates are checked against the evidence on file: one the program does not hold cannot be verified. */
@Singleton
public class AffectedNotInEvidence extends ReportCheck {

    @Override
    public String code() {
        return "w_report_affected_not_in_evidence";
    }

    @Override
    public String description() {
        return "A certificate the report lists as affected is not evidence of the issue on file";
    }

    @Override
    public List<String> problems(ReportUnderCheck report) {
        List<String> missing = report.affected().stream().filter(sha256 -> !report.affectedInEvidence().contains(sha256)).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(missing.size() + " of the " + report.affected().size() + " affected certificates are not evidence of the "
                + "issue on file (first: " + missing.get(0) + ")");
    }
}
