package org.casebook.transfer.service;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which installations can take an online backup, and what the others are told. */
class DatabaseBackupsTests {

    @Test
    void onlyAnEmbeddedH2FileDatabaseIsBackedUpOnline() {
        assertNull(DatabaseBackups.unavailable("h2", "jdbc:h2:file:./data/casebook;WRITE_DELAY=0"));
        assertNull(DatabaseBackups.unavailable("h2", "jdbc:h2:retry:file:./data/casebook"));
        assertTrue(DatabaseBackups.unavailable("postgresql", "jdbc:postgresql://db/casebook").contains("pg_dump"));
        assertTrue(DatabaseBackups.unavailable("h2", "jdbc:h2:mem:test").contains("in memory"));
        assertTrue(DatabaseBackups.unavailable("h2", "jdbc:h2:tcp://db/casebook").contains("not an embedded file"));
    }
}
