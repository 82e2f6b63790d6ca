package org.casebook.revocation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casebook.issue.IssuePageUrls;
import org.casebook.obligation.Obligation;
import org.casebook.obligation.ObligationSource;

/**
 * Revocations owed, for the board: an issue whose clock runs (a learned-of date is set) and whose evidence certificates
 * are not all shown revoked by the sources on file owes them by the BR 4.9.1.1 deadline, and by the promised date if
 * the CA promised one.
 */
@ApplicationScoped
public class RevocationObligations implements ObligationSource {

    public static final String KIND = "revocation";
    public static final String PROMISE_KIND = "revocation-promise";

    @Inject
    RevocationClocks clocks;

    @Override
    @Transactional
    public List<Obligation> openAt(Instant now) {
        List<Obligation> open = new ArrayList<>();
        for (RevocationClocks.Report report : clocks.reports()) {
            long owed = report.open();
            if (owed == 0 || report.rows().isEmpty()) {
                continue;
            }
            String ca = report.issue().ca.slug;
            String letter = report.issue().letter;
            String link = IssuePageUrls.of(report.issue()) + "#revocation";
            if (report.deadline() != null) {
                open.add(new Obligation(ca, letter, KIND, "revoke " + owed + " of " + report.rows().size() + " evidence certificates ("
                        + report.deadline().rule() + ")", report.learnedAt(), report.deadline().due(), null, link));
            }
            if (report.promisedBy() != null) {
                open.add(new Obligation(ca, letter, PROMISE_KIND, "revoke " + owed + " of " + report.rows().size()
                        + " evidence certificates, as the CA promised", report.learnedAt() != null ? report.learnedAt() : report.promisedBy(),
                        report.promisedBy(), null, link));
            }
        }
        return open;
    }
}
