package org.casebook.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlParser;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.OcspResponseLint;
import org.casebook.analysis.revocation.OcspResponseParser;
import org.casebook.analysis.revocation.OcspResponseView;
import org.casebook.analysis.revocation.RevocationLints;
import org.casebook.analysis.revocation.RevocationParseException;
import org.junit.jupiter.api.Test;

/**
 * The CRL and OCSP response lints of ours that bear a zlint name, run over the CRL and OCSP rows of zlint's
 * corpus: every row must agree (a difference would go to known-differences.tsv with its reason, as for
 * certificates). Rows are picked by what the file holds, not by lint name, so a certificate lint about CRL
 * distribution points stays with ZlintConformanceTests.
 */
class ZlintRevocationConformanceTests {

    @Test
    void crlAndOcspLintsAgreeWithZlintOnEveryRevocationRow() throws Exception {
        RevocationLints lints = RevocationLints.discover();
        List<String> disagreements = new ArrayList<>();
        Set<String> corpusLints = new TreeSet<>();
        int crlRows = 0;
        int ocspRows = 0;
        int agreed = 0;
        for (ZlintCorpus.Row row : ZlintCorpus.expectedRows()) {
            String ours;
            if (isCrl(row.file())) {
                crlRows++;
                corpusLints.add(row.lint());
                CrlLint lint = lints.crlLint(row.lint()).orElse(null);
                ours = lint == null ? "not built" : ZlintConformanceTests.zlintName(lint.run(crl(row.file())).status());
            } else if (isOcsp(row.file())) {
                ocspRows++;
                corpusLints.add(row.lint());
                OcspResponseLint lint = lints.ocspLint(row.lint()).orElse(null);
                ours = lint == null ? "not built" : ZlintConformanceTests.zlintName(lint.run(ocsp(row.file())).status());
            } else {
                continue;
            }
            if (ours.equals(row.expected())) {
                agreed++;
            } else {
                disagreements.add(row.lint() + " on " + row.file() + ": zlint " + row.expected() + ", ours " + ours);
            }
        }
        System.out.printf("zlint revocation conformance: %d of %d rows agree (%d CRL rows, %d OCSP rows, %d lints)%n",
                agreed, crlRows + ocspRows, crlRows, ocspRows, corpusLints.size());
        assertEquals(64, crlRows, "the corpus's CRL rows");
        assertEquals(4, ocspRows, "the corpus's OCSP rows");
        assertTrue(disagreements.isEmpty(), disagreements.size() + " disagreement(s):\n" + String.join("\n", disagreements));
    }

    @Test
    void everyRevocationLintOfOursIsOneZlintHas() {
        Set<String> zlintNames = new TreeSet<>();
        for (String line : ZlintCorpus.resource("zlint/lints.tsv").split("\n")) {
            zlintNames.add(line.split("\t")[0]);
        }
        RevocationLints lints = RevocationLints.discover();
        for (CrlLint lint : lints.crlLints()) {
            assertTrue(zlintNames.contains(lint.metadata().code()), lint.metadata().code());
        }
        for (OcspResponseLint lint : lints.ocspLints()) {
            assertTrue(zlintNames.contains(lint.metadata().code()), lint.metadata().code());
        }
        assertEquals(18, lints.crlLints().size());
        assertEquals(1, lints.ocspLints().size());
    }

    private static boolean isCrl(String file) {
        return ZlintCorpus.resource("zlint/testdata/" + file).contains("-----BEGIN X509 CRL-----");
    }

    private static boolean isOcsp(String file) {
        return file.startsWith("ocsp") && !ZlintCorpus.resource("zlint/testdata/" + file).contains("-----BEGIN");
    }

    static CrlView crl(String file) throws RevocationParseException {
        return CrlParser.parseLenient(ZlintCorpus.resource("zlint/testdata/" + file).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Two of zlint's OCSP files are DER, two the same bytes in base64 text. */
    static OcspResponseView ocsp(String file) throws RevocationParseException {
        byte[] bytes = ZlintCorpus.resource("zlint/testdata/" + file).getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length > 0 && bytes[0] != 0x30) {
            bytes = Base64.getMimeDecoder().decode(new String(bytes, StandardCharsets.US_ASCII).strip());
        }
        return OcspResponseParser.parseLenient(bytes);
    }
}
