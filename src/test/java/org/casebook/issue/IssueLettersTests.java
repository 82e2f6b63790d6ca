package org.casebook.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class IssueLettersTests {

    @Test
    void slotsASingleLetterIntoAGapOfOne() {
        assertEquals("E", IssueLetters.between("D", "F"));
    }

    @Test
    void usesALongerCodeBetweenAdjacentLetters() {
        String code = IssueLetters.between("F", "G");
        assertTrue(code.compareTo("F") > 0 && code.compareTo("G") < 0, code);
        assertEquals(2, code.length());
    }

    @Test
    void appendsAfterTheLastAndBeforeTheFirst() {
        assertTrue(IssueLetters.between("V", null).compareTo("V") > 0);
        String first = IssueLetters.between(null, "D");
        assertTrue(first.compareTo("D") < 0 && IssueLetters.isValid(first), first);
    }

    @Test
    void refusesBoundsOutOfOrder() {
        assertThrows(IllegalArgumentException.class, () -> IssueLetters.between("G", "F"));
        assertThrows(IllegalArgumentException.class, () -> IssueLetters.between("F", "F"));
        assertThrows(IllegalArgumentException.class, () -> IssueLetters.between("f", null));
    }

    /**
     * Any sequence of insertions, each after some existing issue (or at the start), keeps codes unique,
     * strictly ordered, valid, and never changes an existing code.
     */
    @Property(tries = 300)
    void insertionsKeepCodesUniqueOrderedAndUnchanged(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 1000) Integer> positions) {
        List<String> codes = new ArrayList<>(List.of("D", "F", "H", "J", "L", "N", "P", "Q", "R", "S", "T", "V", "W"));
        for (int choice : positions) {
            List<String> before = List.copyOf(codes);
            int slot = choice % (codes.size() + 1); // 0 = before the first; k = after codes[k-1]
            String low = slot == 0 ? null : codes.get(slot - 1);
            String high = slot == codes.size() ? null : codes.get(slot);
            String code = IssueLetters.between(low, high);
            assertTrue(IssueLetters.isValid(code), code);
            codes.add(slot, code);
            for (int i = 1; i < codes.size(); i++) {
                assertTrue(codes.get(i - 1).compareTo(codes.get(i)) < 0, codes.toString());
            }
            List<String> withoutNew = new ArrayList<>(codes);
            withoutNew.remove(slot);
            assertEquals(before, withoutNew);
        }
    }
}
