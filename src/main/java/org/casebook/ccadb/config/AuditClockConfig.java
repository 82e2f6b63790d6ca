package org.casebook.ccadb.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** The root programs' audit clocks (application.properties, {@code casebook.ccadb.audit.*}); each with its rule's source. */
@ConfigMapping(prefix = "casebook.ccadb.audit")
public interface AuditClockConfig {

    /**
     * How long after one TLS BR audit period ends the next must have ended: audits are annual and contiguous
     * (Mozilla Root Store Policy §3.1.3; CCADB Policy §5.1).
     */
    @WithDefault("P1Y")
    Period nextPeriodWithin();

    /** How long after its period ends an audit statement is due (Mozilla Root Store Policy §3.1.3: three months; BR §8.6). */
    @WithDefault("P3M")
    Period statementWithin();

    /** The longest an audit period may be (CA/B Forum Baseline Requirements §8.1: at most one year; CCADB Policy §5.1). */
    @WithDefault("P1Y")
    Period longestPeriod();

    /** The rules' sources as the findings cite them. */
    @WithDefault("Mozilla Root Store Policy §3.1.3 (annual, contiguous audits); CCADB Policy §5.1")
    String overdueCitation();

    @WithDefault("Mozilla Root Store Policy §3.1.3 (audit reports within three months of the period's end); BR §8.6")
    String lateCitation();

    @WithDefault("Mozilla Root Store Policy §3.1.3 (successive audits MUST be contiguous, no gaps); BR §8.1")
    String gapCitation();

    @WithDefault("BR §8.1 (an audit period MUST NOT exceed one year); CCADB Policy §5.1")
    String longPeriodCitation();
}
