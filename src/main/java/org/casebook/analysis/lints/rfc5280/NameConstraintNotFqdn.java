package org.casebook.analysis.lints.rfc5280;

import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DomainNames;
import org.casebook.analysis.lints.support.GeneralNameList;
import org.casebook.analysis.lints.support.NameConstraintsFields;

@LintSpec(code = "e_name_constraint_not_fqdn",
        description = "A URI name constraint names a host or, with a leading period, a domain: either way a fully qualified domain name.",
        citation = "RFC 5280: 4.2.1.10", source = LintSource.RFC5280, effective = LintDates.RFC_5280_PUBLISHED)
public class NameConstraintNotFqdn extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.nameConstraints);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<NameConstraintsFields.Subtree> subtrees = NameConstraintsFields.of(certificate);
        if (subtrees == null) {
            return LintResult.NOT_APPLICABLE;
        }
        List<String> bad = new java.util.ArrayList<>();
        for (NameConstraintsFields.Subtree subtree : subtrees) {
            if (subtree.base().isContext(GeneralNameList.URI)) {
                String host = new String(subtree.base().content(), java.nio.charset.StandardCharsets.ISO_8859_1);
                String name = host.startsWith(".") ? host.substring(1) : host;
                if (!DomainNames.isFqdn(name)) {
                    bad.add((subtree.permitted() ? "permitted " : "excluded ") + host);
                }
            }
        }
        if (bad.isEmpty()) {
            return LintResult.PASS;
        }
        return LintResult.failIf(true, metadata().severity(), "URI constraint(s) not a fully qualified domain name: " + String.join(", ", bad));
    }
}
