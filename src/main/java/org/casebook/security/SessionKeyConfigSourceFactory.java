package org.casebook.security;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code quarkus.http.auth.session.encryption-key} when nothing else does: from {@code casebook.session.key}
 * (environment: CASEBOOK_SESSION_KEY), else the one stored in the database ({@link StoredSessionKey}; generated on the
 * first start, or taken from the key file {@code casebook.session.key-file} an earlier version kept). Without it Quarkus would make a temporary key at each start, write it to the log, and sign everyone out
 * on every restart. A key set directly (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY, application.properties) wins: this
 * source ranks below both.
 */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {

    static final String ENCRYPTION_KEY = "quarkus.http.auth.session.encryption-key";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue("casebook.session.key");
        ConfigValue file = context.getValue("casebook.session.key-file");
        String keyFile = file == null || file.getValue() == null ? "data/session-key" : file.getValue();
        StoredSessionKey.Database database = new StoredSessionKey.Database(value(context, "quarkus.datasource.jdbc.url"),
                value(context, "quarkus.datasource.username"), value(context, "quarkus.datasource.password"));
        return List.of(new KeptKeySource(configured == null ? null : configured.getValue(), Path.of(keyFile), database));
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }

    /** Reads (or writes) the key file only when the key is first asked for, not when the configuration is assembled. */
    static final class KeptKeySource implements ConfigSource {
        private final String configured;
        private final Path file;
        private final StoredSessionKey.Database database;
        private volatile String key;

        KeptKeySource(String configured, Path file, StoredSessionKey.Database database) {
            this.configured = configured;
            this.file = file;
            this.database = database;
        }

        /**
         * Only while the application runs: the build reads configuration too, and would write the key into the
         * packaged application as a default (and create the file in the build directory).
         */
        private static boolean running() {
            return ExecutionMode.current() != ExecutionMode.UNSET;
        }

        @Override
        public Set<String> getPropertyNames() {
            return running() ? Set.of(ENCRYPTION_KEY) : Set.of();
        }

        @Override
        public Map<String, String> getProperties() {
            return running() ? Map.of(ENCRYPTION_KEY, getValue(ENCRYPTION_KEY)) : Map.of();
        }

        @Override
        public String getValue(String propertyName) {
            if (!ENCRYPTION_KEY.equals(propertyName) || !running()) {
                return null;
            }
            String value = key;
            if (value == null) {
                synchronized (this) {
                    if (key == null) {
                        key = StoredSessionKey.choose(configured, file, database).key();
                    }
                    value = key;
                }
            }
            return value;
        }

        @Override
        public String getName() {
            return "casebook session key (" + (configured != null && !configured.isBlank() ? "casebook.session.key" : "the database") + ")";
        }

        @Override
        public int getOrdinal() {
            return 200;
        }
    }
}
