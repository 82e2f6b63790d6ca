package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_dn_country_not_printable_string",
        description = "The subject countryName must be encoded as a PrintableString.",
        citation = "RFC 5280: Appendix A", source = LintSource.RFC5280)
public class SubjectDnCountryNotPrintableString extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        for (Names.Attribute country : Names.subject(certificate, Names.COUNTRY)) {
            if (!country.value().isUniversal(Der.PRINTABLE_STRING)) {
                return LintResult.error("subject countryName is not a PrintableString (tag " + country.value().tagNumber() + ")");
            }
        }
        return LintResult.PASS;
    }
}
