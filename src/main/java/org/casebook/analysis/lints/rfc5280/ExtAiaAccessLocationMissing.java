package org.casebook.analysis.lints.rfc5280;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "w_ext_aia_access_location_missing",
        description = "When the authority information access lists caIssuers locations, at least one should be an HTTP or LDAP URI.",
        citation = "RFC 5280: 4.2.2.1", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class ExtAiaAccessLocationMissing extends CertificateLint {

    private static final ASN1ObjectIdentifier CA_ISSUERS = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.48.2");

    @Override
    protected boolean applies(CertificateView certificate) {
        return !caIssuerUris(certificate).isEmpty();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String uri : caIssuerUris(certificate)) {
            String lower = uri.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("ldap://")) {
                return LintResult.PASS;
            }
        }
        return LintResult.warn("no caIssuers access location is an http:// or ldap:// URI");
    }

    /** The URI access locations of the caIssuers entries. */
    private static List<String> caIssuerUris(CertificateView certificate) {
        List<String> out = new ArrayList<>();
        Der value = RawCertificate.extensionValue(certificate, Extension.authorityInfoAccess);
        if (value == null) {
            return out;
        }
        try {
            for (Der description : value.children()) {
                List<Der> parts = description.children();
                if (parts.size() == 2 && parts.get(0).oid().equals(CA_ISSUERS) && parts.get(1).isContext(GeneralNameList.URI)) {
                    out.add(new String(parts.get(1).content(), java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }
}
