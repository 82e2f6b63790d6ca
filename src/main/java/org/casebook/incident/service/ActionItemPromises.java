package org.casebook.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.commitment.CommitmentKind;
import org.casebook.commitment.CommitmentStatus;
import org.casebook.commitment.Promise;
import org.casebook.commitment.PromiseSource;
import org.casebook.incident.ActionItem;
import org.casebook.incident.IncidentReport;

/**
 * The action items of the CA's incident reports, as promises in the commitment ledger: an item of kind prevent is a
 * promise that the problem will not recur, so a later issue of the same kind is a recurrence of it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActionItemPromises implements PromiseSource {

    public static final String SOURCE = "action-item";

    @Override
    public List<Promise> promisesOf(CertificationAuthority ca) {
        List<Promise> promises = new ArrayList<>();
        for (IncidentReport report : IncidentReport.forCa(ca)) {
            String madeOn = report.filedAt == null ? null : LocalDate.ofInstant(report.filedAt, ZoneOffset.UTC).toString();
            for (ActionItem item : report.actionItemList()) {
                promises.add(new Promise(report.issue, SOURCE, report.id, item.action(),
                        "the CA's " + report.kind.name().toLowerCase() + " incident report", madeOn,
                        item.kind() == null ? CommitmentKind.OTHER : CommitmentKind.valueOf(item.kind().name()), item.due(),
                        item.status() == null ? CommitmentStatus.OPEN : CommitmentStatus.valueOf(item.status().name()),
                        item.measure()));
            }
        }
        return promises;
    }
}
