package org.casebook.analysis.lints.br;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one-pass label check accepts exactly what zlint's regular expression accepts. */
class DnsnameBadCharacterInLabelTests {

    private static final Pattern ZLINT = Pattern.compile("^(\\*\\.)?(\\?\\.)*([A-Za-z0-9*_-]+\\.)*[A-Za-z0-9*_-]*$");

    @Test
    void examples() {
        assertTrue(DnsnameBadCharacterInLabel.wellFormed("www.example.com"));
        assertTrue(DnsnameBadCharacterInLabel.wellFormed("*.?.?.example.com"));
        assertTrue(DnsnameBadCharacterInLabel.wellFormed("example.com."));
        assertTrue(DnsnameBadCharacterInLabel.wellFormed(""));
        assertFalse(DnsnameBadCharacterInLabel.wellFormed("a..b"));
        assertFalse(DnsnameBadCharacterInLabel.wellFormed(".example.com"));
        assertFalse(DnsnameBadCharacterInLabel.wellFormed("www.?.example.com"));
        assertFalse(DnsnameBadCharacterInLabel.wellFormed("*.*.?.example.com"));
        assertFalse(DnsnameBadCharacterInLabel.wellFormed("exa mple.com"));
        assertFalse(DnsnameBadCharacterInLabel.wellFormed("b\u00fccher.example"));
        assertFalse(DnsnameBadCharacterInLabel.wellFormed("?"));
    }

    @Property(tries = 3000)
    void agreesWithZlintsPattern(@ForAll("names") String name) {
        assertEquals(ZLINT.matcher(name).matches(), DnsnameBadCharacterInLabel.wellFormed(name), name);
    }

    @Provide
    Arbitrary<String> names() {
        // few characters, many of them special, so that dots, wildcards and redactions meet often
        return Arbitraries.strings().withChars("a*?._-Z9 \u00e9").ofMinLength(0).ofMaxLength(12);
    }
}
