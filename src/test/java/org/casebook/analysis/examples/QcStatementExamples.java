package org.casebook.analysis.examples;

import static org.casebook.analysis.examples.LintExample.passes;
import static org.casebook.analysis.examples.LintExample.trips;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;

import org.casebook.testpki.TestPki;

/**
 * ETSI EN 319 412-5 QC statements on a qualified website certificate of 2022 (the QcType rule checked here
 * left the standard in July 2023).
 */
final class QcStatementExamples {

    private static final ASN1ObjectIdentifier ETSI_QCS = new ASN1ObjectIdentifier("0.4.0.1862.1");
    private static final ASN1ObjectIdentifier COMPLIANCE = ETSI_QCS.branch("1");
    private static final ASN1ObjectIdentifier RETENTION_PERIOD = ETSI_QCS.branch("3");
    private static final ASN1ObjectIdentifier SSCD = ETSI_QCS.branch("4");
    private static final ASN1ObjectIdentifier PDS = ETSI_QCS.branch("5");
    private static final ASN1ObjectIdentifier QC_TYPE = ETSI_QCS.branch("6");
    private static final ASN1ObjectIdentifier TYPE_WEB = QC_TYPE.branch("3");

    private QcStatementExamples() {
    }

    static List<LintExample> examples() {
        return List.of(
                trips("e_qcstatem_qccompliance_valid", "QcCompliance carrying a NULL statementInfo",
                        () -> qwac(statement(COMPLIANCE, DERNull.INSTANCE), webType())),
                passes("e_qcstatem_qccompliance_valid", "bare QcCompliance", () -> qwac(statement(COMPLIANCE), webType())),

                trips("e_qcstatem_qcsscd_valid", "QcSSCD carrying a statementInfo",
                        () -> qwac(statement(COMPLIANCE), statement(SSCD, new DERPrintableString("yes")), webType())),
                passes("e_qcstatem_qcsscd_valid", "bare QcSSCD", () -> qwac(statement(COMPLIANCE), statement(SSCD), webType())),

                trips("e_qcstatem_qcretentionperiod_valid", "QcRetentionPeriod of -15 years",
                        () -> qwac(statement(COMPLIANCE), statement(RETENTION_PERIOD, new ASN1Integer(-15)), webType())),
                passes("e_qcstatem_qcretentionperiod_valid", "QcRetentionPeriod of 15 years",
                        () -> qwac(statement(COMPLIANCE), statement(RETENTION_PERIOD, new ASN1Integer(15)), webType())),

                trips("e_qcstatem_qctype_valid", "QcType listing an unknown type 0.4.0.1862.1.6.9",
                        () -> qwac(statement(COMPLIANCE), statement(QC_TYPE, new DERSequence(QC_TYPE.branch("9"))))),
                passes("e_qcstatem_qctype_valid", "QcType web", () -> qwac(statement(COMPLIANCE), webType())));
    }

    private static DERSequence webType() {
        return statement(QC_TYPE, new DERSequence(TYPE_WEB));
    }

    private static DERSequence statement(ASN1ObjectIdentifier oid, ASN1Encodable... info) {
        List<ASN1Encodable> parts = new ArrayList<>(List.of(oid));
        parts.addAll(List.of(info));
        return new DERSequence(parts.toArray(ASN1Encodable[]::new));
    }

    /** A qualified website certificate with the given statements and an English PDS. */
    private static CertificateView qwac(DERSequence... statements) {
        List<ASN1Encodable> all = new ArrayList<>(List.of(statements));
        all.add(statement(PDS, new DERSequence(new DERSequence(new ASN1Encodable[] {
                new DERIA5String("https://pds.example.eu/en"), new DERPrintableString("en")}))));
        return TestPki.certificate().subject("C=DE,O=Example GmbH,CN=www.example.de").dnsNames("www.example.de")
                .notBefore("2022-03-01T00:00:00Z").notAfter("2023-03-01T00:00:00Z")
                .extension(Extension.qCStatements, false, new DERSequence(all.toArray(ASN1Encodable[]::new))).view();
    }
}
