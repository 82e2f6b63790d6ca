package org.casebook.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core on the page the browser shows. Every violation is written to target/axe/{flow}.tsv (step, path,
 * rule, impact, elements, WCAG or best practice, the elements' selectors; a page without any: rule "-"); the ones that break a WCAG 2.1 A/AA rule with serious or critical
 * impact are returned, for the test to fail on.
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final Path report;

    Accessibility(String flow) {
        try {
            this.report = Files.createDirectories(Path.of("target", "axe")).resolve(flow + ".tsv");
            Files.deleteIfExists(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious or critical WCAG 2.1 AA violations on the current page, one line each. */
    List<String> blockingViolations(WebDriver driver, String step) {
        Results results = new AxeBuilder().withTags(concat(WCAG_21_AA, "best-practice")).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe failed on " + step + ": " + results.getErrorMessage());
        }
        String path = driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        StringBuilder lines = new StringBuilder();
        if (results.getViolations().isEmpty()) {
            lines.append(String.join("\t", step, path, "-", "-", "0", "-")).append('\n');
        }
        for (Rule rule : results.getViolations()) {
            lines.append(String.join("\t", step, path, rule.getId(), String.valueOf(rule.getImpact()),
                    String.valueOf(rule.getNodes().size()), isWcag(rule) ? "wcag" : "best-practice",
                    rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(" ")))).append('\n');
        }
        try {
            Files.writeString(report, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results.getViolations().stream()
                .filter(rule -> isWcag(rule) && BLOCKING.contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "; "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }

    private static boolean isWcag(Rule rule) {
        return rule.getTags().stream().anyMatch(WCAG_21_AA::contains);
    }

    private static List<String> concat(List<String> tags, String more) {
        return java.util.stream.Stream.concat(tags.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
