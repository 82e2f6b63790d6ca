package org.casebook.storage;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

/**
 * The memory an embedded H2 file database works in, set at start-up.
 * <ul>
 * <li>Its page cache ({@code SET CACHE_SIZE}). H2's default, 16 MB, holds the upper pages of a few hundred thousand
 * certificates' indexes; past that, every insert at a random place in an index read its page back from the file.</li>
 * <li>How many changed pages it keeps before writing them out. H2 writes every changed page to the file once its
 * estimate of their memory passes about 19 MB, in the middle of a transaction too, and has no setting for it. A batch
 * of a thousand certificates changes pages of a dozen indexes in random places: at H2's threshold it wrote them
 * several times over within the batch. The threshold is a private field of H2's store; should a later H2 rename it,
 * the default stays and a warning says so.</li>
 * </ul>
 */
@ApplicationScoped
public class H2Memory {

    private static final Logger LOG = Logger.getLogger(H2Memory.class);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    /** H2's page cache, in MiB; 0 keeps H2's own (16). */
    @ConfigProperty(name = "casebook.storage.h2-cache-mb", defaultValue = "0")
    int cacheMegabytes;

    /** H2's estimate of changed pages' memory at which it writes them out, in MiB; 0 keeps H2's own (about 19). */
    @ConfigProperty(name = "casebook.storage.h2-write-buffer-mb", defaultValue = "0")
    int writeBufferMegabytes;

    // Before the start-up jobs (the seed, resumed imports) write anything.
    void start(@Observes @Priority(1) StartupEvent event) {
        if (!InterruptSafeH2Url.isEmbeddedFile(url)) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (cacheMegabytes > 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET CACHE_SIZE " + cacheMegabytes * 1024L);
                }
            }
            if (writeBufferMegabytes > 0) {
                MVStore store = H2FileCompaction.store(connection);
                if (store.getAutoCommitMemory() > 0) { // 0: H2 writes only on commit and close here
                    writeBuffer(store, (int) Math.min(Integer.MAX_VALUE, writeBufferMegabytes * 1024L * 1024L));
                }
            }
        } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("could not set H2's page cache or write buffer (%s); H2 keeps its defaults", e.toString());
        }
    }

    static void writeBuffer(MVStore store, int bytes) throws ReflectiveOperationException {
        Field threshold = MVStore.class.getDeclaredField("autoCommitMemory");
        threshold.setAccessible(true);
        threshold.setInt(store, bytes);
    }
}
