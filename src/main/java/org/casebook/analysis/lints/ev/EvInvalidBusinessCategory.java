package org.casebook.analysis.lints.ev;

import java.util.Set;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.TlsCertificateFacts;

@LintSpec(code = "e_ev_invalid_business_category",
        description = "An EV subscriber certificate's businessCategory must be one of Private Organization, Government Entity, Business Entity or Non-Commercial Entity.",
        citation = "EVGs 7.1.4.2.3", source = LintSource.CABF_EV)
public class EvInvalidBusinessCategory extends CertificateLint {

    private static final Set<String> CATEGORIES = Set.of("Private Organization", "Government Entity", "Business Entity",
            "Non-Commercial Entity");

    @Override
    protected boolean applies(CertificateView certificate) {
        return TlsCertificateFacts.isEv(certificate) && TlsCertificateFacts.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (AttributeTypeAndValue attribute : certificate.subjectAttributes()) {
            if (attribute.getType().equals(TlsCertificateFacts.BUSINESS_CATEGORY)) {
                String value = attribute.getValue() instanceof ASN1String text ? text.getString() : "";
                return LintResult.failIf(!CATEGORIES.contains(value), metadata().severity(), "businessCategory '" + value + "' is not one of the four EV categories");
            }
        }
        // A missing businessCategory is e_ev_business_category_missing's finding.
        return LintResult.NOT_APPLICABLE;
    }
}
