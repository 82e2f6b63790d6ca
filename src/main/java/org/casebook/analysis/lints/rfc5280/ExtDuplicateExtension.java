package org.casebook.analysis.lints.rfc5280;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "e_ext_duplicate_extension",
        description = "A certificate must not include more than one instance of the same extension.",
        citation = "RFC 5280: 4.2", source = LintSource.RFC5280, effective = "1999-01-01")
public class ExtDuplicateExtension extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        Set<ASN1ObjectIdentifier> seen = new LinkedHashSet<>();
        Set<String> repeated = new TreeSet<>();
        for (RawCertificate.RawExtension extension : raw.extensionList()) {
            if (!seen.add(extension.oid())) {
                repeated.add(extension.oid().getId());
            }
        }
        return LintResult.failIf(!repeated.isEmpty(), metadata().severity(), "repeated extension(s): " + String.join(", ", repeated));
    }
}
