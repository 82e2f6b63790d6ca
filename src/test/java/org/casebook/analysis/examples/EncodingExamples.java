package org.casebook.analysis.examples;

import static org.casebook.analysis.examples.LintExample.passes;
import static org.casebook.analysis.examples.LintExample.trips;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bouncycastle.asn1.DERUTCTime;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.testpki.TestPki;

/** The certificate's encoding: DER itself, validity time formats, serial numbers and the signature hash. */
final class EncodingExamples {

    /** The validity TBSCertificate field. */
    private static final int VALIDITY = 4;

    private EncodingExamples() {
    }

    static List<LintExample> examples() {
        return List.of(
                trips("e_certificate_not_der", "outer SEQUENCE with an indefinite length (BER)",
                        () -> CertificateParser.parseLenient(TestPki.withIndefiniteOuterLength(TestPki.certificate().der()))),
                passes("e_certificate_not_der", "DER throughout", () -> TestPki.certificate().view()),

                // RFC 5280 4.1.2.5: dates from 2050 on are GeneralizedTime, YYYYMMDDHHMMSSZ exactly.
                trips("e_generalized_time_does_not_include_seconds", "notAfter 205006010000Z, without seconds",
                        () -> lenient(TestPki.certificate().tbsField(VALIDITY, validityUntilGeneralized("205006010000Z")))),
                passes("e_generalized_time_does_not_include_seconds", "notAfter 20500601000000Z",
                        () -> TestPki.certificate().tbsField(VALIDITY, validityUntilGeneralized("20500601000000Z")).view()),

                trips("e_generalized_time_includes_fraction_seconds", "notAfter 20500601000000.5Z, with a fraction",
                        () -> lenient(TestPki.certificate().tbsField(VALIDITY, validityUntilGeneralized("20500601000000.5Z")))),
                passes("e_generalized_time_includes_fraction_seconds", "notAfter 20500601000000Z",
                        () -> TestPki.certificate().tbsField(VALIDITY, validityUntilGeneralized("20500601000000Z")).view()),

                trips("e_serial_number_shorter_than_64_bits", "serial of 7 octets",
                        () -> TestPki.certificate().serial(TestPki.serialOfOctets(7, 0x5a)).notBefore("2016-10-15T00:00:00Z").view()),
                passes("e_serial_number_shorter_than_64_bits", "serial of 16 random octets",
                        () -> TestPki.certificate().serial(TestPki.serialOfOctets(16, 0x71)).notBefore("2016-10-15T00:00:00Z").view()),

                trips("w_serial_number_63_bits_of_entropy", "8-octet serial with the top bit clear (62 random bits at most)",
                        () -> TestPki.certificate().serial(TestPki.serialOfOctets(8, 0x3f)).notBefore("2019-02-01T00:00:00Z").view()),
                passes("w_serial_number_63_bits_of_entropy", "serial of 16 random octets",
                        () -> TestPki.certificate().serial(TestPki.serialOfOctets(16, 0x71)).notBefore("2019-02-01T00:00:00Z").view()),

                trips("e_sub_cert_or_sub_ca_using_sha1", "SHA-1 signature in March 2016",
                        () -> TestPki.certificate().sha1().notBefore("2016-03-01T00:00:00Z").view()),
                passes("e_sub_cert_or_sub_ca_using_sha1", "SHA-256 signature in March 2016",
                        () -> TestPki.certificate().notBefore("2016-03-01T00:00:00Z").view()));
    }

    /** Not DER (seconds are missing, or a fraction is there): read as zlint reads it. */
    private static CertificateView lenient(TestPki.CertBuilder builder) throws Exception {
        return CertificateParser.parseLenient(builder.der());
    }

    /** The validity SEQUENCE from 2016-06-01 (UTCTime) until a GeneralizedTime with exactly the given text. */
    private static byte[] validityUntilGeneralized(String notAfter) throws Exception {
        // Written by hand: Bouncy Castle would re-encode the GeneralizedTime into its DER form.
        byte[] notBefore = new DERUTCTime("160601000000Z").getEncoded("DER");
        byte[] text = notAfter.getBytes(StandardCharsets.US_ASCII);
        byte[] validity = new byte[2 + notBefore.length + 2 + text.length];
        validity[0] = 0x30;
        validity[1] = (byte) (notBefore.length + 2 + text.length);
        System.arraycopy(notBefore, 0, validity, 2, notBefore.length);
        validity[2 + notBefore.length] = 0x18;
        validity[3 + notBefore.length] = (byte) text.length;
        System.arraycopy(text, 0, validity, 4 + notBefore.length, text.length);
        return validity;
    }
}
