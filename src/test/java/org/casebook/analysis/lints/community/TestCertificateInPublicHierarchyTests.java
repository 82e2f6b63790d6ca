package org.casebook.analysis.lints.community;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The cheap "test" prefilter never rejects a value the lint's word pattern would flag. */
class TestCertificateInPublicHierarchyTests {

    private static final Pattern TEST_WORD = Pattern.compile("(?i)(?<![a-z])test(?![a-z])");

    @Test
    void examples() {
        assertTrue(TestCertificateInPublicHierarchy.containsIgnoreCase("Example TeSt CA"));
        assertTrue(TestCertificateInPublicHierarchy.containsIgnoreCase("contest"));
        assertFalse(TestCertificateInPublicHierarchy.containsIgnoreCase("te\u017ft"));
        assertFalse(TestCertificateInPublicHierarchy.containsIgnoreCase("tes"));
    }

    @Property(tries = 3000)
    void prefilterKeepsEveryMatch(@ForAll("values") String value) {
        if (TEST_WORD.matcher(value).find()) {
            assertTrue(TestCertificateInPublicHierarchy.containsIgnoreCase(value), value);
        }
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withChars("tTeEsS\u017f\u0130x -").ofMinLength(0).ofMaxLength(10);
    }
}
