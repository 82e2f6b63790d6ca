package org.casebook.analysis.lints.rfc5280;

import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;

@LintSpec(code = "e_superfluous_ku_encoding",
        description = "The keyUsage BIT STRING must not end in a zero octet: DER removes trailing zero bits, whole octets included.",
        citation = "RFC 5280: 4.2.1.3; X.690 11.2.2", source = LintSource.RFC5280)
public class SuperfluousKuEncoding extends KeyUsageLint {

    @Override
    protected LintResult check(CertificateView certificate, Der bitString) {
        byte[] content = bitString.content();
        return LintResult.failIf(content[content.length - 1] == 0, metadata().severity(), "keyUsage ends in a superfluous zero octet");
    }
}
