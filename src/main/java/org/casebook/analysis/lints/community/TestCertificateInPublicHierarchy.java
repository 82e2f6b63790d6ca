package org.casebook.analysis.lints.community;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

/**
 * Test certificates belong under test roots. WoSign issued SM2 "test" certificates from a publicly
 * trusted root in 2015, and Symantec's test certificates for domains it did not control led to its
 * 2015 sanctions. A certificate that names itself a test but comes from a CA that does not is worth a
 * reviewer's look; a CA whose own name says test is a private test hierarchy and is left alone.
 */
@LintSpec(code = "n_test_certificate_in_public_hierarchy",
        description = "The subject (common name, organization or unit) or a DNS name says \"test\" although the issuer is not a "
                + "test CA: possibly a test certificate issued from a publicly trusted hierarchy.",
        citation = "Mozilla: CA/WoSign Issues (2016), SM2 test certificates; BRs 1.3/3.2.2.4 apply to test certificates too",
        source = LintSource.COMMUNITY)
public class TestCertificateInPublicHierarchy extends CertificateLint {

    private static final Pattern TEST_WORD = Pattern.compile("(?i)(?<![a-z])test(?![a-z])");
    private static final List<ASN1ObjectIdentifier> NAME_ATTRIBUTES = List.of(BCStyle.CN, BCStyle.O, BCStyle.OU);

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.isServerAuth() && !certificate.isSelfIssued() && saysTest(certificate.issuerAttributes()).isEmpty();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        List<String> hits = saysTest(certificate.subjectAttributes());
        for (String dnsName : certificate.dnsNames()) {
            if (saysTest(dnsName)) {
                hits.add("DNS name " + dnsName);
            }
        }
        if (hits.isEmpty()) {
            return LintResult.PASS;
        }
        return LintResult.notice("looks like a test certificate (" + String.join(", ", hits) + ") from a non-test issuer");
    }

    private static List<String> saysTest(List<AttributeTypeAndValue> attributes) {
        List<String> hits = new ArrayList<>();
        for (AttributeTypeAndValue attribute : attributes) {
            if (NAME_ATTRIBUTES.contains(attribute.getType())) {
                String value = attribute.getValue() instanceof ASN1String text ? text.getString()
                        : IETFUtils.valueToString(attribute.getValue());
                if (saysTest(value)) {
                    hits.add(BCStyle.INSTANCE.oidToDisplayName(attribute.getType()) + "=" + value);
                }
            }
        }
        return hits;
    }

    private static boolean saysTest(String text) {
        // the cheap test first: almost no name contains the letters at all
        return containsIgnoreCase(text) && TEST_WORD.matcher(text).find();
    }

    /** "test" in ASCII letters of any case: TEST_WORD's (?i) folds ASCII only, so this never misses one of its matches. */
    static boolean containsIgnoreCase(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            if ((text.charAt(i) | 0x20) == 't' && (text.charAt(i + 1) | 0x20) == 'e' && (text.charAt(i + 2) | 0x20) == 's'
                    && (text.charAt(i + 3) | 0x20) == 't') {
                return true;
            }
        }
        return false;
    }
}
