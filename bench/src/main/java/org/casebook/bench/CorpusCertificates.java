package org.casebook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.PemBlocks;

/** The zlint corpus certificates, as DER, that our lenient parse accepts (all of them, today). */
final class CorpusCertificates {

    /** Override with -Dcorpus=/path/to/testdata. */
    static final String DEFAULT_DIR = "../src/test/resources/zlint/testdata";

    private CorpusCertificates() {
    }

    static List<byte[]> load() {
        Path dir = Paths.get(System.getProperty("corpus", DEFAULT_DIR));
        List<byte[]> certificates = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                for (PemBlocks.Block block : PemBlocks.extract(text)) {
                    if (block.label().equals("CERTIFICATE") && block.decoded()) {
                        try {
                            CertificateParser.parseLenient(block.der());
                            certificates.add(block.der());
                        } catch (CertificateParseException e) {
                            // not a certificate we can lint; leave it out of every benchmark alike
                        }
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalStateException("no certificates under " + dir.toAbsolutePath() + " (run from bench/ or pass -Dcorpus=...)");
        }
        return certificates;
    }
}
