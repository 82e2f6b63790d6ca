package org.casebook.report;

import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.chart.IssueTimeline;

/**
 * Dated marks for a CA's time line from a package that comes after this one (the incident reports): each
 * implementation is an application-scoped bean, and the time line gathers all of them, so the chart does not reach
 * up into the packages that know the dates.
 */
public interface CaTimelineMarks {

    /** The marks of this kind for {@code ca}; the time line sorts them by day. */
    List<IssueTimeline.Mark> marks(CertificationAuthority ca);
}
