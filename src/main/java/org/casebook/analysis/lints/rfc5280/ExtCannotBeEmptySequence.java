package org.casebook.analysis.lints.rfc5280;

import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.RawCertificate;

@LintSpec(code = "e_ext_cannot_be_empty_sequence",
        description = "Extensions defined as SEQUENCE SIZE (1..MAX) OF something must hold at least one element.",
        citation = "RFC 5280: 4.2.1.4, 4.2.1.5, 4.2.1.6, 4.2.1.7, 4.2.1.8, 4.2.1.12, 4.2.1.13, 4.2.1.15, 4.2.2.1, 4.2.2.2",
        source = LintSource.RFC5280, effective = LintDates.RFC_2459_PUBLISHED)
public class ExtCannotBeEmptySequence extends CertificateLint {

    private static final Map<ASN1ObjectIdentifier, String> NON_EMPTY = Map.of(
            Extension.certificatePolicies, "certificate policies",
            Extension.policyMappings, "policy mappings",
            Extension.subjectAlternativeName, "subject alternative name",
            Extension.issuerAlternativeName, "issuer alternative name",
            Extension.subjectDirectoryAttributes, "subject directory attributes",
            Extension.extendedKeyUsage, "extended key usage",
            Extension.cRLDistributionPoints, "CRL distribution points",
            Extension.authorityInfoAccess, "authority information access",
            Extension.subjectInfoAccess, "subject information access",
            Extension.freshestCRL, "freshest CRL");

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return LintResult.NOT_APPLICABLE;
        }
        for (RawCertificate.RawExtension extension : raw.extensionList()) {
            String name = NON_EMPTY.get(extension.oid());
            if (name == null) {
                continue;
            }
            Der value;
            try {
                value = extension.value().parseContent();
            } catch (RuntimeException e) {
                continue;
            }
            if (value.isUniversal(Der.SEQUENCE) && value.content().length == 0) {
                return LintResult.error("the " + name + " extension is an empty SEQUENCE");
            }
        }
        return LintResult.PASS;
    }
}
