package org.casebook.analysis.lints.br;

import static org.casebook.analysis.lints.br.BrLintCases.lint;
import static org.casebook.analysis.lints.br.BrLintCases.run;
import static org.casebook.analysis.lints.br.BrLintCases.subscriber;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.casebook.analysis.LintStatus;
import org.casebook.testpki.TestPki;
import org.casebook.testpki.TestPki.CertBuilder;
import org.junit.jupiter.api.Test;

/** Authority information access and OCSP: the AIA a subscriber needs, plain-HTTP OCSP locations, the OCSP responder's nocheck. */
class OcspAndAiaLintsTests {

    private static AuthorityInformationAccess aia() {
        return new AuthorityInformationAccess(new AccessDescription[] {
                new AccessDescription(AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, "http://ocsp.example.com")),
                new AccessDescription(AccessDescription.id_ad_caIssuers, new GeneralName(GeneralName.uniformResourceIdentifier, "http://ca.example.com/ca.crt"))});
    }

    @Test
    void ocspResponderNeedsNoCheckEvenThoughItIsNoTlsCertificate() {
        CertBuilder responder = subscriber().dnsNames().ekus(KeyPurposeId.id_kp_OCSPSigning);
        assertEquals(LintStatus.ERROR, run("e_ocsp_id_pkix_ocsp_nocheck_ext_not_included_server_auth", responder));
        assertEquals(LintStatus.PASS, run("e_ocsp_id_pkix_ocsp_nocheck_ext_not_included_server_auth",
                subscriber().dnsNames().ekus(KeyPurposeId.id_kp_OCSPSigning)
                        .extension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE)));
    }

    @Test
    void ocspLocationMustBePlainHttp() {
        CertBuilder https = subscriber().extension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, "https://ocsp.example.com")));
        CertBuilder http = subscriber().extension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, "http://ocsp.example.com")));
        assertEquals(LintStatus.ERROR, run("e_aia_ocsp_must_have_http_only", https));
        assertEquals(LintStatus.PASS, run("e_aia_ocsp_must_have_http_only", http));
    }

    @Test
    void subscriberWithoutAuthorityInformationAccessIsAnError() {
        assertEquals(LintStatus.ERROR, lint("e_sub_cert_aia_missing", TestPki.certificate()));
        assertEquals(LintStatus.PASS, lint("e_sub_cert_aia_missing",
                TestPki.certificate().extension(Extension.authorityInfoAccess, false, aia())));
    }
}
