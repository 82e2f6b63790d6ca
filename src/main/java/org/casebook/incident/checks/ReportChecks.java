package org.casebook.incident.checks;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.casebook.incident.ReportWarning;

/** Every report check there is (each a bean), run in the order of their codes. */
@ApplicationScoped
public class ReportChecks {

    private final List<ReportCheck> checks;

    @Inject
    public ReportChecks(@All List<ReportCheck> checks) {
        this.checks = checks.stream().sorted(Comparator.comparing(ReportCheck::code)).toList();
    }

    public List<ReportCheck> all() {
        return checks;
    }

    public List<ReportWarning> check(ReportUnderCheck report) {
        return checks.stream().flatMap(check -> check.check(report).stream()).toList();
    }
}
