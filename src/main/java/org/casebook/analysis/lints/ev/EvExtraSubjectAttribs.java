package org.casebook.analysis.lints.ev;

import java.util.Set;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ev_extra_subject_attribs",
        description = "From 2019-04-16, an EV subscriber certificate's subject may hold only the attributes the EV Guidelines list (names, address, jurisdiction, business category, registration number, organization identifier).",
        citation = "EVGs §7.1.4.2.9", source = LintSource.CABF_EV, effective = LintDates.BALLOT_SC16)
public class EvExtraSubjectAttribs extends CertificateLint {

    // organizationalUnitName stays allowed here: its later ban has a lint of its own.
    private static final Set<String> ALLOWED = Set.of("1.3.6.1.4.1.311.60.2.1.1", "1.3.6.1.4.1.311.60.2.1.2",
            "1.3.6.1.4.1.311.60.2.1.3", "2.5.4.3", "2.5.4.5", "2.5.4.6", "2.5.4.7", "2.5.4.8", "2.5.4.9", "2.5.4.10",
            "2.5.4.11", "2.5.4.15", "2.5.4.17", "2.5.4.97");

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEv(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (AttributeTypeAndValue attribute : certificate.subjectAttributes()) {
            if (!ALLOWED.contains(attribute.getType().getId())) {
                return LintResult.error("subject attribute " + attribute.getType().getId() + " is not allowed in an EV certificate");
            }
        }
        return LintResult.PASS;
    }
}
