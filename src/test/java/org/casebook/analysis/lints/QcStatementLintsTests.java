package org.casebook.analysis.lints;

import static org.casebook.analysis.lints.LintCases.result;
import static org.casebook.analysis.lints.LintCases.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** ETSI EN 319 412-5 QC statements: duplicates, criticality, PDS locations and QcType. */
class QcStatementLintsTests {

    private static final ASN1ObjectIdentifier COMPLIANCE = new ASN1ObjectIdentifier("0.4.0.1862.1.1");
    private static final ASN1ObjectIdentifier PDS = new ASN1ObjectIdentifier("0.4.0.1862.1.5");
    private static final ASN1ObjectIdentifier QC_TYPE = new ASN1ObjectIdentifier("0.4.0.1862.1.6");
    private static final ASN1ObjectIdentifier ESEAL = QC_TYPE.branch("2");

    private static DERSequence statement(ASN1ObjectIdentifier oid, ASN1Encodable... info) {
        ASN1Encodable[] parts = new ASN1Encodable[info.length + 1];
        parts[0] = oid;
        System.arraycopy(info, 0, parts, 1, info.length);
        return new DERSequence(parts);
    }

    private static DERSequence pds(String url, ASN1Encodable language) {
        return new DERSequence(new DERSequence(new ASN1Encodable[] {new DERIA5String(url), language}));
    }

    private static CertificateView withStatements(boolean critical, ASN1Encodable... statements) {
        return TestPki.certificate().notBefore("2026-06-01T00:00:00Z").notAfter("2027-06-01T00:00:00Z")
                .extension(Extension.qCStatements, critical, new DERSequence(statements)).view();
    }

    @Test
    void duplicatedComplianceStatementTrips() {
        CertificateView twice = withStatements(false, statement(COMPLIANCE), statement(COMPLIANCE));
        assertEquals(LintStatus.ERROR, status("e_duplicate_etsi_qcstatement", twice));
        assertTrue(result("e_duplicate_etsi_qcstatement", twice).detail().contains("0.4.0.1862.1.1"));
        assertEquals(LintStatus.PASS, status("e_duplicate_etsi_qcstatement", withStatements(false, statement(COMPLIANCE))));
    }

    @Test
    void criticalExtensionWithEtsiStatementsTrips() {
        assertEquals(LintStatus.ERROR, status("e_qcstatem_etsi_present_qcs_critical", withStatements(true, statement(COMPLIANCE))));
        assertEquals(LintStatus.PASS, status("e_qcstatem_etsi_present_qcs_critical", withStatements(false, statement(COMPLIANCE))));
        assertEquals(LintStatus.NA, status("e_qcstatem_etsi_present_qcs_critical", TestPki.certificate().view()));
    }

    @Test
    void pdsNeedsEnglishAndPrintableLanguageAndHttps() {
        CertificateView good = withStatements(false, statement(COMPLIANCE),
                statement(PDS, pds("https://pds.example/en", new DERPrintableString("en"))));
        assertEquals(LintStatus.PASS, status("e_qcstatem_qcpds_valid", good));
        assertEquals(LintStatus.PASS, status("e_qcstatem_pds_must_have_https_only", good));
        assertEquals(LintStatus.PASS, status("w_qcstatem_qcpds_lang_case", good));

        CertificateView german = withStatements(false, statement(COMPLIANCE),
                statement(PDS, pds("http://pds.example/de", new DERPrintableString("DE"))));
        assertTrue(result("e_qcstatem_qcpds_valid", german).detail().contains("no PDS in English"));
        assertEquals(LintStatus.ERROR, status("e_qcstatem_pds_must_have_https_only", german));
        assertEquals(LintStatus.WARN, status("w_qcstatem_qcpds_lang_case", german));

        CertificateView utf8Language = withStatements(false, statement(COMPLIANCE),
                statement(PDS, pds("https://pds.example/en", new DERUTF8String("en"))));
        assertEquals(LintStatus.ERROR, status("e_qcstatem_qcpds_valid", utf8Language));
    }

    @Test
    void qcTypeMustBeExactlyOneKnownType() {
        CertificateView eseal = withStatements(false, statement(COMPLIANCE), statement(QC_TYPE, new DERSequence(ESEAL)));
        assertEquals(LintStatus.PASS, status("e_qcstatem_qctype_oneonly", eseal));
        CertificateView unknown = withStatements(false, statement(COMPLIANCE),
                statement(QC_TYPE, new DERSequence(new ASN1ObjectIdentifier("1.2.3.4"))));
        assertEquals(LintStatus.ERROR, status("e_qcstatem_qctype_oneonly", unknown));
        // The type OID used as a statement identifier of its own.
        CertificateView misplaced = withStatements(false, statement(COMPLIANCE), statement(ESEAL));
        assertEquals(LintStatus.ERROR, status("e_qcstatem_etsi_type_as_statem", misplaced));
        assertEquals(LintStatus.PASS, status("e_qcstatem_etsi_type_as_statem", eseal));
    }
}
