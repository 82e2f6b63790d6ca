package org.casebook.analysis.lints.crl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.LintStatus;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevocationLints;
import org.casebook.testpki.TestCrl;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** Each CRL lint on a Bouncy Castle-made CRL that trips it and on one that passes it. */
class CrlLintsTests {

    private static final String REVOKED_AT = "2025-01-05T00:00:00Z";

    private static LintStatus run(String code, TestCrl crl) {
        CrlLint lint = RevocationLints.discover().crlLint(code).orElseThrow();
        return lint.run(crl.view()).status();
    }

    @Test
    void theDefaultCrlPassesEveryLintItIsSubjectTo() {
        CrlView crl = TestPki.crl().revoked(7, REVOKED_AT, 1).view();
        RevocationLints.discover().lint(crl).forEach((code, result) ->
                assertEquals(code.equals("e_crl_revoked_certificates_field_must_be_empty") ? LintStatus.NA : LintStatus.PASS, result.status(), code));
    }

    @Test
    void brReasonCodeMustBeOneTheBrsAllow() {
        assertEquals(LintStatus.ERROR, run("e_cab_crl_has_valid_reason_code", TestPki.crl().revoked(7, REVOKED_AT, 0)));
        assertEquals(LintStatus.ERROR, run("e_cab_crl_has_valid_reason_code", TestPki.crl().revoked(7, REVOKED_AT, 6)));
        assertEquals(LintStatus.PASS, run("e_cab_crl_has_valid_reason_code", TestPki.crl().revoked(7, REVOKED_AT, 4)));
        assertEquals(LintStatus.NE, run("e_cab_crl_has_valid_reason_code",
                TestPki.crl().thisUpdate("2023-07-14T00:00:00Z").nextUpdate(null).revoked(7, "2023-07-01T00:00:00Z", 0)));
        assertEquals(LintStatus.NA, run("e_cab_crl_has_valid_reason_code", TestPki.crl()));
    }

    @Test
    void criticalReasonCodeIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_cab_crl_reason_code_not_critical",
                TestPki.crl().revoked(7, REVOKED_AT, List.of(TestCrl.reasonCode(1, true)))));
        assertEquals(LintStatus.PASS, run("e_cab_crl_reason_code_not_critical", TestPki.crl().revoked(7, REVOKED_AT, 1)));
    }

    @Test
    void authorityKeyIdentifierWithIssuerAndSerialIsAnError() {
        DERSequence withSerial = new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                new DERTaggedObject(false, 0, new DEROctetString(new byte[] {1, 2, 3})),
                new DERTaggedObject(false, 2, new ASN1Integer(5))});
        DERSequence withoutKeyId = new DERSequence(new DERTaggedObject(false, 2, new ASN1Integer(5)));
        assertEquals(LintStatus.ERROR, run("e_crl_auth_key_id_only_contains_keyid", TestPki.crl().withoutDefaultExtensions()
                .extension(Extension.authorityKeyIdentifier, false, withSerial)));
        assertEquals(LintStatus.ERROR, run("e_crl_auth_key_id_only_contains_keyid", TestPki.crl().withoutDefaultExtensions()
                .extension(Extension.authorityKeyIdentifier, false, withoutKeyId)));
        assertEquals(LintStatus.PASS, run("e_crl_auth_key_id_only_contains_keyid", TestPki.crl()));
    }

    @Test
    void extensionsOutsideTheBrProfileWarnAndWrongCriticalityIsAnError() {
        assertEquals(LintStatus.WARN, run("e_crl_extensions_validity",
                TestPki.crl().extension(Extension.deltaCRLIndicator, true, new ASN1Integer(3))));
        assertEquals(LintStatus.ERROR, run("e_crl_extensions_validity", TestPki.crl().withoutDefaultExtensions()
                .extension(Extension.cRLNumber, true, new ASN1Integer(3))));
        assertEquals(LintStatus.PASS, run("e_crl_extensions_validity", TestPki.crl()));
    }

    @Test
    void subscriberCrlValidForMoreThanTenDaysIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_crl_next_update_invalid", TestPki.crl().nextUpdate("2025-01-20T00:00:01Z")));
        assertEquals(LintStatus.PASS, run("e_crl_next_update_invalid", TestPki.crl().nextUpdate("2025-01-20T00:00:00Z")));
        assertEquals(LintStatus.NA, run("e_crl_next_update_invalid", TestPki.crl().nextUpdate(null)));
    }

    @Test
    void crlNumberMustBeInRange() {
        assertEquals(LintStatus.ERROR, run("e_crl_number_out_of_range", TestPki.crl().withoutDefaultExtensions()
                .extension(Extension.cRLNumber, false, new ASN1Integer(BigInteger.ONE.shiftLeft(159)))));
        assertEquals(LintStatus.ERROR, run("e_crl_number_out_of_range", TestPki.crl().withoutDefaultExtensions()
                .extension(Extension.cRLNumber, false, new ASN1Integer(-1))));
        assertEquals(LintStatus.ERROR, run("e_crl_number_out_of_range", TestPki.crl().withoutDefaultExtensions()));
        assertEquals(LintStatus.PASS, run("e_crl_number_out_of_range", TestPki.crl().withoutDefaultExtensions()
                .extension(Extension.cRLNumber, false, new ASN1Integer(BigInteger.ONE.shiftLeft(159).subtract(BigInteger.ONE)))));
    }

    @Test
    void repeatedCrlExtensionIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_crl_no_duplicate_extensions", TestPki.crl().extension(Extension.cRLNumber, false, new ASN1Integer(43))));
        assertEquals(LintStatus.PASS, run("e_crl_no_duplicate_extensions", TestPki.crl()));
        assertEquals(LintStatus.NA, run("e_crl_no_duplicate_extensions", TestPki.crl().withoutDefaultExtensions()));
    }

    @Test
    void revocationBeforeRfc2459IsAnError() {
        assertEquals(LintStatus.ERROR, run("e_crl_revocation_date_too_early", TestPki.crl().revoked(7, "1998-12-31T23:59:59Z")));
        assertEquals(LintStatus.PASS, run("e_crl_revocation_date_too_early", TestPki.crl().revoked(7, "1999-01-01T00:00:00Z")));
        assertEquals(LintStatus.NA, run("e_crl_revocation_date_too_early", TestPki.crl()));
    }

    @Test
    void repeatedEntryExtensionIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_crl_revoked_certificate_crl_entry_has_no_duplicate_extensions",
                TestPki.crl().revoked(7, REVOKED_AT, List.of(TestCrl.reasonCode(1, false), TestCrl.reasonCode(4, false)))));
        assertEquals(LintStatus.PASS, run("e_crl_revoked_certificate_crl_entry_has_no_duplicate_extensions",
                TestPki.crl().revoked(7, REVOKED_AT, 1).revoked(8, REVOKED_AT, 1)));
    }

    @Test
    void serialListedTwiceIsAWarning() {
        assertEquals(LintStatus.WARN, run("e_crl_unique_revoked_certificate", TestPki.crl().revoked(7, REVOKED_AT).revoked(7, REVOKED_AT)));
        assertEquals(LintStatus.PASS, run("e_crl_unique_revoked_certificate", TestPki.crl().revoked(7, REVOKED_AT).revoked(8, REVOKED_AT)));
    }

    @Test
    void anEmptyRevokedCertificatesListIsAnErrorUnderBothNames() {
        for (String code : List.of("e_crl_empty_revoked_certificates", "e_crl_revoked_certificates_field_must_be_empty")) {
            assertEquals(LintStatus.ERROR, run(code, TestPki.crl().emptyRevokedList()), code);
            assertEquals(LintStatus.PASS, run(code, TestPki.crl()), code);
        }
        assertEquals(LintStatus.NA, run("e_crl_revoked_certificates_field_must_be_empty", TestPki.crl().revoked(7, REVOKED_AT)));
        assertEquals(LintStatus.PASS, run("e_crl_empty_revoked_certificates", TestPki.crl().revoked(7, REVOKED_AT)));
    }

    @Test
    void missingAuthorityKeyIdentifierIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_crl_has_authority_key_identifier", TestPki.crl().withoutDefaultExtensions()));
        assertEquals(LintStatus.PASS, run("e_crl_has_authority_key_identifier", TestPki.crl()));
    }

    @Test
    void missingNextUpdateIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_crl_has_next_update", TestPki.crl().nextUpdate(null)));
        assertEquals(LintStatus.PASS, run("e_crl_has_next_update", TestPki.crl()));
    }

    @Test
    void rfcReasonCodeSevenIsAnErrorAndUnspecifiedAWarning() {
        assertEquals(LintStatus.ERROR, run("e_crl_has_valid_reason_code", TestPki.crl().revoked(7, REVOKED_AT, 7)));
        assertEquals(LintStatus.ERROR, run("e_crl_has_valid_reason_code", TestPki.crl().revoked(7, REVOKED_AT, 11)));
        assertEquals(LintStatus.WARN, run("e_crl_has_valid_reason_code", TestPki.crl().revoked(7, REVOKED_AT, 0)));
        assertEquals(LintStatus.PASS, run("e_crl_has_valid_reason_code", TestPki.crl().revoked(7, REVOKED_AT, 6)));
    }

    @Test
    void missingCrlNumberIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_crl_missing_crl_number", TestPki.crl().withoutDefaultExtensions()));
        assertEquals(LintStatus.PASS, run("e_crl_missing_crl_number", TestPki.crl()));
        assertEquals(LintStatus.NE, run("e_crl_missing_crl_number", TestPki.crl().withoutDefaultExtensions()
                .thisUpdate("2008-04-01T00:00:00Z").nextUpdate(null)));
    }

    @Test
    void revocationAfterThisUpdateIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_crl_revocation_time_after_this_update", TestPki.crl().revoked(7, "2025-01-10T00:00:01Z")));
        assertEquals(LintStatus.PASS, run("e_crl_revocation_time_after_this_update", TestPki.crl().revoked(7, "2025-01-10T00:00:00Z")));
    }

    @Test
    void rsaSignatureAlgorithmWithoutNullParametersIsAnError() {
        assertEquals(LintStatus.ERROR, run("e_crl_sigalgo_missing_null_params", TestPki.crl().withoutNullParameters()));
        assertEquals(LintStatus.PASS, run("e_crl_sigalgo_missing_null_params", TestPki.crl()));
        assertEquals(LintStatus.PASS, run("e_crl_sigalgo_missing_null_params",
                TestPki.crl().issuer("CN=EC CRL Issuer", TestPki.ecP256Key()).signatureAlgorithm("SHA256withECDSA")));
        assertEquals(DERNull.INSTANCE, TestPki.crl().view().signatureAlgorithm().getParameters());
    }

    @Test
    void everyCrlLintHasATestHere() throws Exception {
        String source = new String(CrlLintsTests.class.getResourceAsStream("CrlLintsTests.class").readAllBytes(),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        for (CrlLint lint : RevocationLints.discover().crlLints()) {
            assertEquals(true, source.contains(lint.metadata().code()), lint.metadata().code() + " has no test in CrlLintsTests");
        }
    }
}
