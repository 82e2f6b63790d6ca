package org.casebook.issue;

import io.quarkus.qute.TemplateExtension;
import org.casebook.web.PartialDates;

/** How templates show an issue's period and aliases (formatting only: nothing is looked up). */
@TemplateExtension
public class IssueFormats {

    static String period(Issue issue) {
        return PartialDates.period(issue.periodStart, issue.periodEnd);
    }

    static String aliasList(Issue issue) {
        return issue.aliases.isEmpty() ? "" : "a.k.a. " + String.join(", ", issue.aliases.stream().map(a -> "“" + a + "”").toList());
    }
}
