package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_subject_not_dn",
        description = "The subject must be an X.500 distinguished name: a sequence of sets of attribute type and value pairs.",
        citation = "RFC 5280: 4.1.2.6", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class SubjectNotDn extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        if (!raw.subject.isUniversal(Der.SEQUENCE)) {
            return LintResult.error("the subject is not a SEQUENCE (tag " + raw.subject.tagNumber() + ")");
        }
        try {
            for (Der rdn : raw.subject.children()) {
                if (!rdn.isUniversal(Der.SET) || rdn.children().isEmpty()) {
                    return LintResult.error("a relative distinguished name is not a non-empty SET");
                }
                for (Der pair : rdn.children()) {
                    if (!pair.isUniversal(Der.SEQUENCE) || pair.children().size() != 2 || !pair.children().get(0).isUniversal(Der.OID)) {
                        return LintResult.error("an attribute is not an (OID, value) pair");
                    }
                }
            }
        } catch (RuntimeException e) {
            return LintResult.error("the subject cannot be read as a distinguished name: " + e.getMessage());
        }
        return LintResult.PASS;
    }
}
