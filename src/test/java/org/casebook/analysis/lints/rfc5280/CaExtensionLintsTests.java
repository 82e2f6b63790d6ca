package org.casebook.analysis.lints.rfc5280;

import static org.casebook.analysis.lints.rfc5280.RfcLintCases.assertStatus;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.junit.jupiter.api.Test;

/** RFC 5280 on CA certificate extensions: name constraints, basic constraints and key identifiers. */
class CaExtensionLintsTests {

    @Test
    void nameConstraintsBelongInCriticalCaExtensions() {
        NameConstraints constraints = new NameConstraints(new GeneralSubtree[] {new GeneralSubtree(new GeneralName(GeneralName.dNSName, "example.com"))}, null);
        CertificateView endEntity = TestPki.certificate().extension(Extension.nameConstraints, true, constraints).view();
        CertificateView criticalCa = TestPki.certificate().ca().subject("CN=Constrained CA").extension(Extension.nameConstraints, true, constraints).view();
        CertificateView lenientCa = TestPki.certificate().ca().subject("CN=Constrained CA").extension(Extension.nameConstraints, false, constraints).view();
        assertStatus(LintStatus.ERROR, "e_ext_name_constraints_not_in_ca", endEntity);
        assertStatus(LintStatus.PASS, "e_ext_name_constraints_not_in_ca", criticalCa);
        assertStatus(LintStatus.ERROR, "e_ext_name_constraints_not_critical", lenientCa);
        assertStatus(LintStatus.PASS, "e_ext_name_constraints_not_critical", criticalCa);
        assertStatus(LintStatus.NA, "e_ext_name_constraints_not_critical", TestPki.certificate().view());
    }

    @Test
    void caCertificateWithCriticalBasicConstraintsAndKeyIdentifiersPasses() {
        CertificateView ca = TestPki.certificate().ca().subject("CN=Test Sub CA").view();
        assertStatus(LintStatus.PASS, "e_basic_constraints_not_critical", ca);
        assertStatus(LintStatus.PASS, "e_ext_subject_key_identifier_missing_ca", ca);
        assertStatus(LintStatus.PASS, "e_ca_subject_field_empty", ca);
        assertStatus(LintStatus.ERROR, "e_ext_subject_key_identifier_missing_ca",
                TestPki.certificate().ca().subject("CN=Test Sub CA").without(Extension.subjectKeyIdentifier).view());
        assertStatus(LintStatus.NA, "e_basic_constraints_not_critical", TestPki.certificate().view());
    }
}
