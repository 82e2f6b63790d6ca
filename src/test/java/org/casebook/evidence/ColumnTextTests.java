package org.casebook.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColumnTextTests {

    @Test
    void textThatFitsIsKeptAsItIs() {
        assertEquals("CN=a", ColumnText.fit("CN=a", 4));
        assertNull(ColumnText.fit(null, 4));
    }

    @Test
    void longerTextIsCutToTheColumnAndSaysSo() {
        String cut = ColumnText.fit("x".repeat(5000), 4096);
        assertEquals(4096, cut.length());
        assertTrue(cut.startsWith("xxxx"));
        assertTrue(cut.endsWith(" [5000 characters, cut to fit]"), cut.substring(4000));
        assertEquals(128, ColumnText.fit("y".repeat(129), 128).length());
    }
}
