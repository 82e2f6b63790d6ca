package org.casebook.analysis.lints.br;

import java.io.IOException;
import java.util.Set;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_subject_rdns_correct_encoding",
        description = "From BR 2.0.0, subject attributes use the string types the BRs prescribe: PrintableString for countryName, serialNumber and jurisdictionCountry, IA5String for domainComponent, PrintableString or UTF8String for the other named attributes.",
        citation = "BRs 2.0.0: 7.1.4.2, Table 77 and Table 78", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class SubjectRdnsCorrectEncoding extends CertificateLint {

    private static final int UTF8 = 12;
    private static final int PRINTABLE = 19;
    private static final int IA5 = 22;
    private static final String DOMAIN_COMPONENT = "0.9.2342.19200300.100.1.25";
    private static final Set<String> PRINTABLE_ONLY = Set.of("2.5.4.6", "2.5.4.5", "1.3.6.1.4.1.311.60.2.1.3");
    private static final Set<String> PRINTABLE_OR_UTF8 = Set.of("2.5.4.8", "2.5.4.7", "2.5.4.17", "2.5.4.9", "2.5.4.10",
            "2.5.4.4", "2.5.4.42", "2.5.4.11", "2.5.4.3", "2.5.4.15", "1.3.6.1.4.1.311.60.2.1.2", "1.3.6.1.4.1.311.60.2.1.1",
            "2.5.4.97");

    private static int tagOf(AttributeTypeAndValue attribute) {
        try {
            return attribute.getValue().toASN1Primitive().getEncoded()[0] & 0x1f;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (AttributeTypeAndValue attribute : certificate.subjectAttributes()) {
            String type = attribute.getType().getId();
            int tag = tagOf(attribute);
            boolean wrong = (PRINTABLE_ONLY.contains(type) && tag != PRINTABLE)
                    || (PRINTABLE_OR_UTF8.contains(type) && tag != PRINTABLE && tag != UTF8)
                    || (type.equals(DOMAIN_COMPONENT) && tag != IA5);
            if (wrong) {
                return LintResult.error("subject attribute " + type + " is encoded with ASN.1 tag " + tag);
            }
        }
        return LintResult.PASS;
    }
}
