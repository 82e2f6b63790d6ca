package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_ext_duplicate_extension",
        description = "A certificate must not include more than one instance of the same extension.",
        citation = "RFC 5280: 4.2", source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtDuplicateExtension extends CertificateLint {

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        // a certificate has a handful of extensions: comparing pairs beats building a set for each one
        List<RawCertificate.RawExtension> extensions = raw.extensionList();
        Set<String> repeated = null;
        for (int i = 1; i < extensions.size(); i++) {
            ASN1ObjectIdentifier oid = extensions.get(i).oid();
            for (int j = 0; j < i; j++) {
                if (extensions.get(j).oid().equals(oid)) {
                    if (repeated == null) {
                        repeated = new TreeSet<>();
                    }
                    repeated.add(oid.getId());
                    break;
                }
            }
        }
        if (repeated == null) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "repeated extension(s): " + String.join(", ", repeated));
    }
}
