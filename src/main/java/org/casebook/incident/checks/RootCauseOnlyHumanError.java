package org.casebook.incident.checks;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guidelines do not accept "human error" or "training" as a root cause on its own: they ask why the systems let
 * the error through. A root cause that names one of them and says little else is flagged.
 */
@Singleton
public class RootCauseOnlyHumanError extends ReportCheck {

    private static final Pattern BLAME = Pattern.compile("human error|human mistake|operator error|staff error|training|mistake");
    /** Words that carry no cause of their own next to the blame. */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "was", "were", "is", "by", "due", "to", "our", "we",
            "and", "or", "lack", "insufficient", "inadequate", "caused", "cause", "root", "this", "incident", "staff", "employee",
            "employees", "one", "in", "on", "it", "made", "from", "resulted", "result", "which", "that", "poor", "more",
            "will", "be", "provided", "need", "needed", "additional", "further", "member", "members", "personnel", "error");
    /** A root cause with at least this many other words explains something beyond the blame. */
    private static final int EXPLAINING_WORDS = 6;

    @Override
    public String code() {
        return "w_report_root_cause_only_human_error";
    }

    @Override
    public String description() {
        return "The root cause analysis gives human error or training as the only cause";
    }

    @Override
    public List<String> problems(ReportUnderCheck report) {
        if (ReportUnderCheck.blank(report.rootCause())) {
            return List.of();
        }
        String text = report.rootCause().toLowerCase(Locale.ROOT);
        if (!BLAME.matcher(text).find()) {
            return List.of();
        }
        long otherWords = Arrays.stream(BLAME.matcher(text).replaceAll(" ").split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && !FILLER.contains(word)).count();
        if (otherWords >= EXPLAINING_WORDS) {
            return List.of();
        }
        return List.of("rootCause ('" + Excerpts.of(report.rootCause()) + "') names human error or training and no cause in "
                + "the CA's systems or processes");
    }
}
