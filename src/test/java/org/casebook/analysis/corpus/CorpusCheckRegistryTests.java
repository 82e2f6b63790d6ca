package org.casebook.analysis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintSource;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

class CorpusCheckRegistryTests {

    @Test
    void everyContractCodeIsACorpusCheckWithMetadata() {
        Set<String> codes = CorpusCheckRegistry.standard().metadata().stream().map(LintMetadata::code).collect(Collectors.toSet());
        assertEquals(Set.of("e_duplicate_serial_same_issuer", "w_backdated_by_sct", "e_backdated_across_deadline",
                "n_notbefore_on_non_working_day", "n_fixed_notafter_template", "n_cross_signature", "w_serial_generator_63_bits"), codes);
        for (LintMetadata check : CorpusCheckRegistry.standard().metadata()) {
            assertEquals(LintSource.CORPUS, check.source(), check.code());
            assertFalse(check.citation().isBlank(), check.code());
            assertFalse(check.description().isBlank(), check.code());
        }
    }

    @Test
    void noCorpusCheckSharesANameWithALint() {
        for (LintMetadata check : CorpusCheckRegistry.standard().metadata()) {
            assertTrue(LintRegistry.discover().byCode(check.code()).isEmpty(), check.code());
        }
    }

    /** The registry lists its checks by hand; this keeps a new check class from being forgotten there. */
    @Test
    void everyCheckClassInThePackageIsRegistered() throws IOException, ClassNotFoundException {
        Path dir = Paths.get("target/classes/org/casebook/analysis/corpus");
        Set<String> registered = CorpusCheckRegistry.standard().checks().stream().map(c -> c.getClass().getName()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = "org.casebook.analysis.corpus." + file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name);
                if (CorpusCheck.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                    assertTrue(registered.contains(name), name + " is not in CorpusCheckRegistry");
                }
            }
        }
    }

    @Test
    void findingsCarryCodeSeverityMessageAndCitation() {
        CertificateView certificate = TestPki.certificate().sha1().notBefore("2015-12-20T06:00:00Z")
                .embeddedScts(Instant.parse("2016-01-05T03:12:44Z")).view();
        List<CorpusFinding> findings = CorpusCheckRegistry.standard().findings(certificate, new InMemoryCorpus().context());
        assertEquals(List.of("e_backdated_across_deadline", "w_backdated_by_sct"), findings.stream().map(CorpusFinding::code).toList());
        CorpusFinding error = findings.get(0);
        assertEquals("error", error.severity().code());
        assertTrue(error.message().contains("e_sub_cert_or_sub_ca_using_sha1"));
        assertEquals(CorpusCheckRegistry.standard().byCode("e_backdated_across_deadline").orElseThrow().metadata().citation(), error.citation());
        assertEquals("warning", findings.get(1).severity().code());
    }
}
