package org.casebook.storage;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The failure seen under load: a thread interrupted while H2 read the database file closed the whole store, and
 * every request answered 500 ("This store is closed") until a restart. Here threads are interrupted in the middle of
 * queries that read the file, and the transaction reaper interrupts its own worker; the application must answer
 * afterwards.
 */
@QuarkusTest
@TestProfile(FileDatabaseProfile.class)
class InterruptedReadTests {

    private static final int ROWS = 4000;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @BeforeEach
    void probeTable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("create table if not exists interrupt_probe (id bigint primary key, filler varbinary(3000))");
            try (ResultSet count = connection.createStatement().executeQuery("select count(*) from interrupt_probe")) {
                count.next();
                if (count.getLong(1) > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into interrupt_probe values (?, ?)")) {
                for (int id = 0; id < ROWS; id++) {
                    insert.setLong(1, id);
                    insert.setBytes(2, new byte[3000]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    @Test
    void anExistingFileDatabaseOpensUnderTheNewUrl() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(connection.getMetaData().getURL().startsWith("jdbc:h2:retry:file:"), connection.getMetaData().getURL());
            try (ResultSet note = connection.createStatement().executeQuery("select note from legacy.made_before")) {
                assertTrue(note.next(), "the table written through plain file: is there");
                assertEquals("written through file:", note.getString(1));
            }
        }
        assertTrue(Files.exists(FileDatabaseProfile.DIRECTORY.resolve("casebook.mv.db")), "the same file");
        given().get("/api/cas").then().statusCode(200);
    }

    @Test
    void interruptingQueriesThatReadTheFileLeavesTheDatabaseOpen() throws Exception {
        AtomicInteger failed = new AtomicInteger();
        for (int round = 0; round < 20; round++) {
            Thread reader = new Thread(() -> {
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                        ResultSet sum = statement.executeQuery("select sum(length(filler)) from interrupt_probe where id >= 0")) {
                    sum.next();
                } catch (SQLException e) {
                    failed.incrementAndGet();
                }
            });
            reader.start();
            Thread.sleep(2 + round % 7);
            reader.interrupt();
            reader.join();
            given().get("/api/cas").then().statusCode(200);
        }
        assertEquals(ROWS * 3000L, sumOfProbe());
        given().get("/cas/wosign").then().statusCode(200);
    }

    @Test
    void aTransactionTheReaperRollsBackWhileItReadsLeavesTheDatabaseOpen() throws Exception {
        // Writes, then reads the file for longer than the 2 s timeout: the reaper's worker rolls back (undoing the
        // writes, which reads the file) and is interrupted while it waits for the session.
        try {
            QuarkusTransaction.requiringNew().timeout(2).run(() -> {
                em.createNativeQuery("update interrupt_probe set filler = cast(repeat('ab', 1500) as varbinary(3000))").executeUpdate();
                long until = System.nanoTime() + 6_000_000_000L;
                while (System.nanoTime() < until) {
                    em.createNativeQuery("select sum(length(filler)) from interrupt_probe where id >= 0").getSingleResult();
                }
            });
        } catch (RuntimeException expected) {
            // the transaction was rolled back by the reaper
        }
        Thread.interrupted();
        for (int i = 0; i < 5; i++) {
            given().get("/api/cas").then().statusCode(200);
            Thread.sleep(200);
        }
        assertEquals(ROWS * 3000L, sumOfProbe());
    }

    private long sumOfProbe() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet sum = connection.createStatement().executeQuery("select sum(length(filler)) from interrupt_probe")) {
            sum.next();
            return sum.getLong(1);
        }
    }
}
