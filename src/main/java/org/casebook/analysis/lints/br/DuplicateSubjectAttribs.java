package org.casebook.analysis.lints.br;

import java.util.HashSet;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectFields;

@LintSpec(code = "e_duplicate_subject_attribs",
        description = "The subject must not repeat an attribute that may appear once (all but domainComponent, streetAddress and organizationalUnitName).",
        citation = "BRs: 7.1.4.1", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class DuplicateSubjectAttribs extends CertificateLint {

    private static final Set<String> SINGLE_INSTANCE = Set.of(
            "1.3.6.1.4.1.311.60.2.1.1", "1.3.6.1.4.1.311.60.2.1.2", "1.3.6.1.4.1.311.60.2.1.3", // jurisdiction L, ST, C
            "2.5.4.3", "2.5.4.4", "2.5.4.5", "2.5.4.6", "2.5.4.7", "2.5.4.8", "2.5.4.10", "2.5.4.15", "2.5.4.42", "2.5.4.97");

    @Override
    protected LintResult check(CertificateView certificate) {
        Set<ASN1ObjectIdentifier> seen = new HashSet<>();
        for (ASN1ObjectIdentifier type : SubjectFields.of(certificate).types()) {
            if (!seen.add(type) && SINGLE_INSTANCE.contains(type.getId())) {
                return LintResult.error("the subject repeats attribute " + type.getId());
            }
        }
        return LintResult.PASS;
    }
}
