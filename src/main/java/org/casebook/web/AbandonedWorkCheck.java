package org.casebook.web;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Hibernate shows every SQL statement to this before running it: the one place that all of a heavy request's work
 * passes through often (the corpus checks behind an export run queries per certificate), so a request whose client
 * has gone, or that runs while the server stops, ends at its next query instead of after minutes.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AbandonedWorkCheck implements StatementInspector {

    @Override
    public String inspect(String sql) {
        HeavyWorkGate.checkStillWanted();
        return sql;
    }
}
