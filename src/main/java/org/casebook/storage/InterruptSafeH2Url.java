package org.casebook.storage;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * Opens every embedded H2 file database through H2's {@code retry:} file system. On a plain {@code file:} URL, an
 * interrupt that reaches a thread while H2 reads or writes the file closes the file channel
 * ({@code ClosedByInterruptException}), H2 then closes the whole store, and every later request fails with "This
 * store is closed" until a restart. Narayana's transaction reaper interrupts its worker while that worker rolls back
 * a timed-out transaction, so one slow request was enough. {@code retry:} re-opens the file and repeats the
 * operation instead. The files are the same, so a database made under {@code file:} opens unchanged.
 *
 * <p>Applied to {@code quarkus.datasource.jdbc.url} from any source (application.properties, the
 * {@code QUARKUS_DATASOURCE_JDBC_URL} environment variable, a profile), so an operator's own {@code jdbc:h2:file:}
 * URL gets the same protection. Other URLs (PostgreSQL, {@code mem:}, {@code tcp:}) pass through.
 */
@Priority(Priorities.APPLICATION + 100)
public class InterruptSafeH2Url implements ConfigSourceInterceptor {

    static final String PROPERTY = "quarkus.datasource.jdbc.url";

    private static final String H2 = "jdbc:h2:";
    private static final String RETRY = "retry:";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value == null || value.getValue() == null || !PROPERTY.equals(name)) {
            return value;
        }
        String rewritten = rewrite(value.getValue());
        return rewritten.equals(value.getValue()) ? value : value.withValue(rewritten);
    }

    /** {@code jdbc:h2:file:./x} and {@code jdbc:h2:./x} become {@code jdbc:h2:retry:file:./x} and {@code jdbc:h2:retry:./x}. */
    public static String rewrite(String url) {
        if (!url.startsWith(H2)) {
            return url;
        }
        String database = url.substring(H2.length());
        boolean embeddedFile = database.startsWith("file:") || database.startsWith("/") || database.startsWith("./")
                || database.startsWith("../") || database.startsWith("~");
        return embeddedFile ? H2 + RETRY + database : url;
    }

    /** True for an embedded H2 database kept in a file, with or without the {@code retry:} prefix. */
    public static boolean isEmbeddedFile(String url) {
        return rewrite(url).startsWith(H2 + RETRY);
    }
}
