package org.casebook.incident.checks;

import java.util.List;
import org.casebook.incident.ReportWarning;

/**
 * One check of an incident report as it is saved, like a lint of a certificate: a code in zlint's style
 * ({@code w_report_...}), what it looks for, and the problems it finds, each a sentence naming what is wrong.
 * Each subclass is a {@code @Singleton} bean; {@link ReportChecks} runs them all, so adding a check is adding a class.
 */
public abstract class ReportCheck {

    public abstract String code();

    public abstract String description();

    /** Where the expectation comes from. */
    public String citation() {
        return "CCADB Incident Reporting Guidelines";
    }

    /** What is wrong with the report, one sentence per problem; empty when it passes. */
    public abstract List<String> problems(ReportUnderCheck report);

    public final List<ReportWarning> check(ReportUnderCheck report) {
        return problems(report).stream().map(message -> new ReportWarning(code(), message)).toList();
    }

    /** The severity, read from the code's prefix as for certificate lints. */
    public final String severity() {
        return code().startsWith("e_") ? "error" : code().startsWith("n_") ? "notice" : "warning";
    }
}
