package org.casebook.analysis.lints.ev;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CountryCodes;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

/**
 * The layout of the organizationIdentifier subject attribute beyond its scheme (which
 * {@code e_ev_invalid_orgid_reg_scheme} checks): three-letter scheme, ISO 3166-1 country, an optional '+' and
 * ISO 3166-2 subdivision, a hyphen, then a non-empty registration reference.
 */
@LintSpec(code = "e_ev_orgid_syntax_invalid",
        description = "An EV certificate's organizationIdentifier must read scheme (3 letters), ISO 3166-1 country (2 letters), optional '+' and subdivision, '-', registration reference.",
        citation = "EVGs: 7.1.4.2.8 (9.2.8 before Ballot SC-65)", source = LintSource.CABF_EV, effective = LintDates.BR_1_7_0)
public class EvOrgidSyntaxInvalid extends CertificateLint {

    private static final Pattern LAYOUT = Pattern.compile("([A-Z]{3})([A-Z]{2})(\\+[A-Z0-9]{1,3})?-(.+)", Pattern.DOTALL);

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEvSubscriberWithOrganizationIdentifier(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (String identifier : TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.ORGANIZATION_IDENTIFIER)) {
            Matcher layout = LAYOUT.matcher(identifier);
            if (!layout.matches()) {
                return LintResult.error("organizationIdentifier '" + identifier + "' does not read scheme, country, optional '+subdivision', '-', reference");
            }
            if (!isCountry(layout.group(1), layout.group(2))) {
                return LintResult.error("organizationIdentifier '" + identifier + "' names '" + layout.group(2) + "', not an ISO 3166-1 country code");
            }
        }
        return LintResult.PASS;
    }

    /** EU VAT numbers carry Greece as EL (EVG 9.2.8 follows the VAT prefixes). */
    private static boolean isCountry(String scheme, String country) {
        return CountryCodes.isKnown(country) || ("VAT".equals(scheme) && "EL".equals(country));
    }
}
