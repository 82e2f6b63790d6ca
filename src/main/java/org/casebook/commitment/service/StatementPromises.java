package org.casebook.commitment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.commitment.Promise;
import org.casebook.commitment.PromiseSource;
import org.casebook.commitment.StatementCommitment;

/** CA statements a manager marked as commitments. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatementPromises implements PromiseSource {

    public static final String SOURCE = "statement";

    @Override
    public List<Promise> promisesOf(CertificationAuthority ca) {
        return StatementCommitment.forCa(ca).stream().map(StatementPromises::promise).toList();
    }

    static Promise promise(StatementCommitment c) {
        return new Promise(c.statement.issue, SOURCE, c.statement.id, c.statement.text, c.statement.speaker,
                c.statement.statedOn, c.kind, c.due, c.status, c.evidence);
    }
}
