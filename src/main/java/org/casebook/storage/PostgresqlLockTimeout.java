package org.casebook.storage;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PostgreSQL waits for a row lock as long as it takes; H2 gives up after 2 s, which Casebook answers with 503 and
 * Retry-After (see ApiExceptionMappers). Each new PostgreSQL connection gets the same limit, so that an edit blocked by
 * another is refused the same way on both databases instead of holding a request thread for as long as the other runs.
 */
@ApplicationScoped
public class PostgresqlLockTimeout implements AgroalPoolInterceptor {

    @ConfigProperty(name = "casebook.storage.lock-timeout", defaultValue = "2s")
    Duration lockTimeout;

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set lock_timeout = " + lockTimeout.toMillis());
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the lock timeout of a new PostgreSQL connection", e);
        }
    }
}
