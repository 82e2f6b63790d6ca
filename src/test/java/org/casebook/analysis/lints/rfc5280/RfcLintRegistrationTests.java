package org.casebook.analysis.lints.rfc5280;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintSource;
import org.junit.jupiter.api.Test;

/** Every RFC certificate lint zlint has is registered here, with its source, description and effective date. */
class RfcLintRegistrationTests {

    @Test
    void everyZlintRfcCertificateLintIsRegisteredWithItsMetadata() throws Exception {
        String lintList;
        try (java.io.InputStream in = RfcLintRegistrationTests.class.getClassLoader().getResourceAsStream("zlint/lints.tsv")) {
            lintList = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int count = 0;
        for (String line : lintList.split("\n")) {
            String[] columns = line.split("\t", -1);
            if (columns.length < 8 || !columns[1].equals("rfc") || !columns[7].strip().equals("Certificate")) {
                continue;
            }
            count++;
            CertificateLint lint = LintRegistry.discover().byCode(columns[0]).orElseThrow(() -> new AssertionError("missing " + columns[0]));
            assertTrue(lint.metadata().source() == LintSource.RFC5280 || lint.metadata().source() == LintSource.RFC6962
                    || lint.metadata().source() == LintSource.RFC_OTHER, columns[0]);
            assertTrue(lint.metadata().description().endsWith("."), columns[0]);
            String effective = columns[5].equals("0000-01-01") ? null : columns[5];
            assertEquals(effective, lint.metadata().effectiveDate() == null ? null : lint.metadata().effectiveDate().toString(), columns[0]);
        }
        assertEquals(123, count);
    }
}
