package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.Names;

@LintSpec(code = "e_subject_dn_serial_number_not_printable_string",
        description = "The subject serialNumber attribute must be encoded as a PrintableString.",
        citation = "RFC 5280: Appendix A", source = LintSource.RFC5280)
public class SubjectDnSerialNumberNotPrintableString extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        for (Names.Attribute serial : Names.subject(certificate, Names.SERIAL_NUMBER)) {
            if (!serial.value().isUniversal(Der.PRINTABLE_STRING)) {
                return LintResult.error("subject serialNumber is not a PrintableString (tag " + serial.value().tagNumber() + ")");
            }
        }
        return LintResult.PASS;
    }
}
