package org.casebook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An H2 file database under WRITE_DELAY=0, as Casebook runs it: with compaction rounds its file stops growing so fast. */
class H2FileCompactionTests {

    private static final int ROWS = 2000;

    @Test
    void compactionRoundsLetAFileDatabaseReuseItsSpace(@TempDir Path directory) throws Exception {
        long withoutCompaction = growthOfSecondBatch(directory.resolve("plain"), false);
        long withCompaction = growthOfSecondBatch(directory.resolve("compacted"), true);
        assertTrue(withCompaction * 2 < withoutCompaction,
                "second batch grew the file by " + withCompaction + " bytes with compaction, " + withoutCompaction + " without");
    }

    /** Writes one batch, compacts (or not), writes a second batch of the same size: how much the second batch grew the file. */
    private static long growthOfSecondBatch(Path directory, boolean compact) throws Exception {
        Path file = directory.resolve("db.mv.db");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "")) {
            // Chunks are kept 45 s after they stop being live; a test cannot wait for that.
            H2FileCompaction.store(connection).setRetentionTime(0);
            connection.createStatement().execute("create table evidence (id bigint primary key, der varbinary(4000))");
            insert(connection, 0);
            if (compact) {
                for (int round = 0; round < 10; round++) {
                    H2FileCompaction.compactOnce(connection);
                }
            }
            long before = Files.size(file);
            insert(connection, ROWS);
            long growth = Files.size(file) - before;
            try (ResultSet count = connection.createStatement().executeQuery("select count(*) from evidence")) {
                count.next();
                assertEquals(2 * ROWS, count.getLong(1), "no row lost");
            }
            return growth;
        }
    }

    /** One commit per row, as a certificate per transaction did. */
    private static void insert(Connection connection, int from) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("insert into evidence values (?, ?)")) {
            for (int id = from; id < from + ROWS; id++) {
                insert.setLong(1, id);
                insert.setBytes(2, new byte[1500]);
                insert.executeUpdate();
            }
        }
    }
}
