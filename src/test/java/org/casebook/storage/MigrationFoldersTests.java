package org.casebook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL migrations are the H2 ones in PostgreSQL's types, file for file: a change made to one folder only
 * would leave the two databases with different schemas. The H2 files stay as they were (existing databases check
 * their checksums), so the translation goes one way.
 */
class MigrationFoldersTests {

    private static final Path H2 = Path.of("src/main/resources/db/migration");
    private static final Path POSTGRESQL = Path.of("src/main/resources/db/postgresql");

    /** PostgreSQL-only migrations and why H2 has no counterpart. */
    static final java.util.Map<String, String> POSTGRESQL_ONLY = java.util.Map.of(
            "V15__certificate_name_reversed_byte_order.sql",
            "H2 compares strings by code point, so its index on certificate_name.reversed already serves LIKE 'prefix%' in ORDER BY order");

    /** The only differences: H2's tinyint and varbinary have other names on PostgreSQL. */
    static String inPostgresqlTypes(String h2) {
        return h2.replace("REVTYPE tinyint", "REVTYPE smallint").replace("varbinary(1048576)", "bytea");
    }

    @Test
    void everyMigrationIsInBothFoldersWithTheSameChanges() throws IOException {
        List<String> h2 = names(H2);
        List<String> postgresql = names(POSTGRESQL).stream().filter(name -> !POSTGRESQL_ONLY.containsKey(name)).toList();
        assertEquals(h2, postgresql);
        for (String name : POSTGRESQL_ONLY.keySet()) {
            assertEquals(true, Files.exists(POSTGRESQL.resolve(name)), name + " is named as PostgreSQL-only but is not there");
            assertEquals(false, Files.exists(H2.resolve(name)), name + " is named as PostgreSQL-only but H2 has it too");
        }
        for (String name : h2) {
            assertEquals(inPostgresqlTypes(Files.readString(H2.resolve(name))), Files.readString(POSTGRESQL.resolve(name)), name);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
