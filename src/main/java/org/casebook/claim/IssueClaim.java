package org.casebook.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.casebook.issue.Issue;
import org.casebook.storage.AuditedFields;
import org.hibernate.envers.Audited;

/**
 * What a CA says about one of its issues (how many certificates, over which period, the first and last affected),
 * as a manager recorded it, and which finding codes define the issue on the evidence. Kept beside the issue so that
 * the claim and the evidence on file can be compared.
 */
@Entity
@Table(name = "issue_claim")
@Audited
public class IssueClaim extends PanacheEntity {

    public static final Map<String, Function<IssueClaim, Object>> AUDITED_FIELDS = AuditedFields.of(IssueClaim.class)
            .with("affectedCount", c -> c.affectedCount)
            .with("periodStart", c -> c.periodStart)
            .with("periodEnd", c -> c.periodEnd)
            .with("firstAffected", c -> c.firstAffected)
            .with("lastAffected", c -> c.lastAffected)
            .with("source", c -> c.source)
            .with("contested", c -> c.contested)
            .with("definingFindings", c -> c.definingFindings)
            .asMap();

    @Version
    @Column(nullable = false)
    public long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "issue_id", unique = true)
    public Issue issue;

    /** The number of affected certificates the CA gives. */
    public Integer affectedCount;

    /** Partial ISO dates ("2015", "2015-03", "2015-03-05"): only as precise as the CA was. */
    @Column(length = 10)
    public String periodStart;

    @Column(length = 10)
    public String periodEnd;

    @Column(length = 10)
    public String firstAffected;

    @Column(length = 10)
    public String lastAffected;

    /** Where the CA said it: a report, a message, a list. */
    @Column(length = 2048)
    public String source;

    /** Counter-evidence that is not on file as certificates (a participant's testimony), in Markdown. */
    @Column(length = 65535)
    public String contested;

    /** Finding codes, separated by spaces, whose presence on an evidence certificate shows this issue's problem. */
    @Column(length = 4096)
    public String definingFindings;

    public List<String> definingFindingCodes() {
        return definingFindings == null || definingFindings.isBlank() ? List.of()
                : Arrays.stream(definingFindings.strip().split("\\s+")).toList();
    }

    /** True when the CA has said nothing recorded here (only defining findings, or nothing). */
    public boolean claimsNothing() {
        return affectedCount == null && periodStart == null && periodEnd == null && firstAffected == null
                && lastAffected == null && contested == null;
    }

    public static Optional<IssueClaim> forIssue(Issue issue) {
        return find("issue", issue).firstResultOptional();
    }

    public static List<IssueClaim> forIssues(List<Issue> issues) {
        return issues.isEmpty() ? List.of() : list("issue in ?1", issues);
    }
}
