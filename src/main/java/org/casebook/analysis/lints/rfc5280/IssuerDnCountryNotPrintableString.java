package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.Names;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_issuer_dn_country_not_printable_string",
        description = "The issuer countryName must be encoded as a PrintableString.",
        citation = "RFC 5280: Appendix A", source = LintSource.RFC5280)
public class IssuerDnCountryNotPrintableString extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        for (Names.Attribute country : raw.issuerAttributes()) {
            if (country.type().equals(Names.COUNTRY) && !country.value().isUniversal(Der.PRINTABLE_STRING)) {
                return LintResult.error("issuer countryName is not a PrintableString (tag " + country.value().tagNumber() + ")");
            }
        }
        return LintResult.PASS;
    }
}
