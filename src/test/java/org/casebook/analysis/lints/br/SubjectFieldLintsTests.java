package org.casebook.analysis.lints.br;

import static org.casebook.analysis.lints.br.BrLintCases.lint;
import static org.casebook.analysis.lints.br.BrLintCases.policy;
import static org.casebook.analysis.lints.br.BrLintCases.run;
import static org.casebook.analysis.lints.br.BrLintCases.subscriber;
import static org.casebook.analysis.lints.br.BrLintCases.withPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.casebook.testpki.TestPki.CertBuilder;
import org.junit.jupiter.api.Test;
import org.casebook.analysis.lints.support.TlsPolicies;

/** What a subscriber certificate's subject must hold: DV subjects, the common name, EV registration numbers, country codes. */
class SubjectFieldLintsTests {

    private static final ASN1ObjectIdentifier EV_POLICY = new ASN1ObjectIdentifier("2.23.140.1.1");

    @Test
    void domainValidatedSubjectHoldsOnlyCountryAndCommonName() {
        PolicyInformation dv = new PolicyInformation(TlsPolicies.DOMAIN_VALIDATED);
        assertEquals(LintStatus.ERROR, run("e_cab_dv_subject_invalid_values",
                withPolicy(subscriber().subject("C=US,O=Example Inc,CN=www.example.com"), dv)));
        assertEquals(LintStatus.PASS, run("e_cab_dv_subject_invalid_values",
                withPolicy(subscriber().subject("C=US,CN=www.example.com"), dv)));
        assertEquals(LintStatus.NA, run("e_cab_dv_subject_invalid_values", subscriber().subject("C=US,O=Example Inc,CN=www.example.com")));
    }

    @Test
    void commonNameMustBeAnExactCopyOfASanEntryFromBr180() {
        String after = "2022-03-01T00:00:00Z";
        assertEquals(LintStatus.PASS, lint("e_subject_common_name_not_exactly_from_san", TestPki.certificate().notBefore(after)));
        assertEquals(LintStatus.ERROR, lint("e_subject_common_name_not_exactly_from_san",
                TestPki.certificate().notBefore(after).subject("CN=WWW.Example.com")));
        // The older rule compared without regard to case.
        assertEquals(LintStatus.PASS, lint("e_subject_common_name_not_from_san",
                TestPki.certificate().notBefore("2020-03-01T00:00:00Z").subject("CN=WWW.Example.com")));
    }

    @Test
    void evCertificatesMustNameTheRegistrationNumber() {
        TestPki.CertBuilder withoutNumber = TestPki.certificate().subject("C=US,O=Example Inc,CN=www.example.com")
                .extension(Extension.certificatePolicies, false, policy(EV_POLICY));
        assertEquals(LintStatus.ERROR, lint("e_ev_serial_number_missing", withoutNumber));
        TestPki.CertBuilder withNumber = TestPki.certificate().subject("C=US,O=Example Inc,SERIALNUMBER=12345,CN=www.example.com")
                .extension(Extension.certificatePolicies, false, policy(EV_POLICY));
        assertEquals(LintStatus.PASS, lint("e_ev_serial_number_missing", withNumber));
        assertEquals(LintStatus.NA, lint("e_ev_serial_number_missing", TestPki.certificate()));
    }

    @Test
    void lowerCaseCountryCodeIsAnError() {
        assertEquals(LintStatus.ERROR, lint("e_subj_country_not_uppercase", TestPki.certificate().subject("C=us,CN=www.example.com")));
        assertEquals(LintStatus.PASS, lint("e_subj_country_not_uppercase", TestPki.certificate().subject("C=US,CN=www.example.com")));
    }
}
