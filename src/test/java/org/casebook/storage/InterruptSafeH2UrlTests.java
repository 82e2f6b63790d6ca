package org.casebook.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InterruptSafeH2UrlTests {

    @Test
    void embeddedFileUrlsGoThroughTheRetryFileSystem() {
        assertEquals("jdbc:h2:retry:file:./data/casebook;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
                InterruptSafeH2Url.rewrite("jdbc:h2:file:./data/casebook;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
        assertEquals("jdbc:h2:retry:/srv/casebook/db", InterruptSafeH2Url.rewrite("jdbc:h2:/srv/casebook/db"));
        assertEquals("jdbc:h2:retry:./db", InterruptSafeH2Url.rewrite("jdbc:h2:./db"));
        assertEquals("jdbc:h2:retry:~/db", InterruptSafeH2Url.rewrite("jdbc:h2:~/db"));
    }

    @Test
    void otherUrlsAreLeftAlone() {
        for (String url : new String[] {"jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://localhost/~/db",
                "jdbc:h2:retry:file:./data/casebook", "jdbc:postgresql://localhost:5432/casebook"}) {
            assertEquals(url, InterruptSafeH2Url.rewrite(url));
        }
        assertTrue(InterruptSafeH2Url.isEmbeddedFile("jdbc:h2:retry:file:./data/casebook"));
        assertTrue(InterruptSafeH2Url.isEmbeddedFile("jdbc:h2:file:./data/casebook"));
        assertFalse(InterruptSafeH2Url.isEmbeddedFile("jdbc:h2:mem:test"));
        assertFalse(InterruptSafeH2Url.isEmbeddedFile("jdbc:postgresql://localhost/casebook"));
    }
}
