package org.casebook.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** zlint's test corpus, copied under src/test/resources/zlint: rows of (lint, file, expected status). */
public final class ZlintCorpus {

    public record Row(String lint, String file, String expected) {
    }

    private ZlintCorpus() {
    }

    public static List<Row> expectedRows() {
        List<Row> rows = new ArrayList<>();
        String[] lines = resource("zlint/expected.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cols = lines[i].split("\t");
            if (cols.length == 3) {
                rows.add(new Row(cols[0], cols[1], cols[2].strip()));
            }
        }
        return rows;
    }

    /** The first certificate in a corpus file, or null when the file holds something else (a CRL...). */
    public static CertificateView certificate(String file) {
        for (PemBlocks.Block block : PemBlocks.extract(resource("zlint/testdata/" + file))) {
            if (block.label().equals("CERTIFICATE") && block.decoded()) {
                return lenient(block.der());
            }
        }
        return null;
    }

    /** Some corpus certificates are deliberately not DER; lint them anyway, as zlint does. */
    private static CertificateView lenient(byte[] der) {
        try {
            return CertificateParser.parseLenient(der);
        } catch (CertificateParseException e) {
            return null;
        }
    }

    static String resource(String path) {
        try (InputStream in = ZlintCorpus.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
