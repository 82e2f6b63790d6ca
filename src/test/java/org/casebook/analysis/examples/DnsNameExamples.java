package org.casebook.analysis.examples;

import static org.casebook.analysis.examples.LintExample.passes;
import static org.casebook.analysis.examples.LintExample.trips;

import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.casebook.testpki.TestPki;

/** DNS names in the subject alternative name and common name, and URIs in the issuer alternative name. */
final class DnsNameExamples {

    /** 64 characters: one more than RFC 1035 allows in a label. */
    private static final String LABEL_64 = "a-label-generated-by-a-templating-bug-that-forgot-to-cut-it-0064";

    private DnsNameExamples() {
    }

    static List<LintExample> examples() {
        return List.of(
                trips("e_dnsname_label_too_long", "SAN label of 64 characters",
                        () -> TestPki.certificate().dnsNames("www.example.com", LABEL_64 + ".example.com").view()),
                passes("e_dnsname_label_too_long", "ordinary SAN labels", () -> TestPki.certificate().view()),

                trips("e_rfc_dnsname_label_too_long", "SAN dNSName with a 64-character label",
                        () -> TestPki.certificate().dnsNames(LABEL_64 + ".example.com").view()),
                passes("e_rfc_dnsname_label_too_long", "ordinary common name and SAN", () -> TestPki.certificate().view()),

                trips("e_dnsname_contains_bare_iana_suffix", "SAN naming the bare TLD com",
                        () -> TestPki.certificate().notBefore("2024-06-01T00:00:00Z").dnsNames("com").view()),
                passes("e_dnsname_contains_bare_iana_suffix", "SAN naming a registered domain",
                        () -> TestPki.certificate().notBefore("2024-06-01T00:00:00Z").dnsNames("example.com").view()),

                trips("n_contains_redacted_dnsname", "redacted precertificate name ?.example.com",
                        () -> TestPki.certificate().subject("CN=?.example.com").dnsNames("?.example.com").view()),
                passes("n_contains_redacted_dnsname", "unredacted names", () -> TestPki.certificate().view()),

                trips("n_san_dns_name_duplicate", "the same name twice, in different case",
                        () -> TestPki.certificate().dnsNames("www.example.com", "example.com", "WWW.Example.com").view()),
                passes("n_san_dns_name_duplicate", "distinct names",
                        () -> TestPki.certificate().dnsNames("www.example.com", "example.com").view()),

                trips("e_ext_ian_uri_format_invalid", "issuer alternative name URI without a scheme",
                        () -> TestPki.certificate().extension(Extension.issuerAlternativeName, false,
                                new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, "ca.example.com/repository"))).view()),
                passes("e_ext_ian_uri_format_invalid", "issuer alternative name with an https URI",
                        () -> TestPki.certificate().extension(Extension.issuerAlternativeName, false,
                                new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, "https://ca.example.com/repository"))).view()));
    }
}
