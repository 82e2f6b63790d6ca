package org.casebook.analysis.lints.ev;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CabfOrganizationIdentifier;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ev_orgid_inconsistent_subj_and_ext",
        description = "The subject organizationIdentifier and the CA/Browser Forum organization identifier extension must state the same scheme, country, state and reference.",
        citation = "EVGs 9.2.8 and 9.8.2", source = LintSource.CABF_EV, effective = LintDates.EV_1_7_2)
public class EvOrgidInconsistentSubjAndExt extends CertificateLint {

    private static final Pattern PLAIN = Pattern.compile("(?<scheme>[A-Z]{3})(?<country>[A-Z]{2})(?:\\+(?<state>[A-Z]{2}))?-(?<reference>.+)");
    private static final Pattern PSD = Pattern.compile("(?<scheme>[A-Z]{3})(?<country>[A-Z]{2})(?:\\+(?<state>[A-Z]{2}))?-(?<nca>[A-Z]*)-(?<reference>.+)");

    private static boolean agrees(CabfOrganizationIdentifier extension, Matcher subject) {
        String state = subject.group("state") == null ? "" : subject.group("state");
        return extension.scheme().equals(subject.group("scheme")) && extension.country().equals(subject.group("country"))
                && extension.state().equals(state) && extension.reference().equals(subject.group("reference"));
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEv(certificate) && !TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.ORGANIZATION_IDENTIFIER).isEmpty()
                && CabfOrganizationIdentifier.present(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        String identifier = TlsCertificateFacts.subjectValues(certificate, TlsCertificateFacts.ORGANIZATION_IDENTIFIER).get(0);
        CabfOrganizationIdentifier extension = CabfOrganizationIdentifier.of(certificate);
        Matcher plain = PLAIN.matcher(identifier);
        if (!plain.matches()) {
            return LintResult.error("organizationIdentifier '" + identifier + "' does not follow the EV Guidelines' syntax");
        }
        if (agrees(extension, plain)) {
            return LintResult.PASS;
        }
        if (!plain.group("scheme").equals("PSD")) {
            return LintResult.error("organizationIdentifier '" + identifier + "' disagrees with the cabfOrganizationIdentifier extension");
        }
        // PSD identifiers carry the national competent authority between country and reference.
        Matcher psd = PSD.matcher(identifier);
        if (!psd.matches()) {
            return LintResult.error("organizationIdentifier '" + identifier + "' does not follow the EV Guidelines' PSD syntax");
        }
        return LintResult.failIf(!agrees(extension, psd), metadata().severity(),
                "organizationIdentifier '" + identifier + "' disagrees with the cabfOrganizationIdentifier extension");
    }
}
