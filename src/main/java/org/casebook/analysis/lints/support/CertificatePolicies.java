package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;

/** The certificate policies extension as encoded (RFC 5280 4.2.1.4), down to each user notice's explicitText. */
public final class CertificatePolicies {

    public static final ASN1ObjectIdentifier ANY_POLICY = new ASN1ObjectIdentifier("2.5.29.32.0");
    public static final ASN1ObjectIdentifier CPS_QUALIFIER = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.2.1");
    public static final ASN1ObjectIdentifier USER_NOTICE_QUALIFIER = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.2.2");

    public record Qualifier(ASN1ObjectIdentifier id, Der value) {
    }

    public record Policy(ASN1ObjectIdentifier id, List<Qualifier> qualifiers) {
    }

    /** A UserNotice: either part may be null. */
    public record UserNotice(Der noticeRef, Der explicitText) {
    }

    private CertificatePolicies() {
    }

    /** The policies in order; null when the extension is absent or unreadable. */
    public static List<Policy> of(CertificateView certificate) {
        return certificate.cached(DECODED, CertificatePolicies::decode);
    }

    private static List<Policy> decode(CertificateView certificate) {
        Der value = RawCertificate.extensionValue(certificate, Extension.certificatePolicies);
        if (value == null) {
            return null;
        }
        try {
            List<Policy> out = new ArrayList<>();
            for (Der information : value.children()) {
                List<Der> parts = information.children();
                List<Qualifier> qualifiers = new ArrayList<>();
                if (parts.size() > 1) {
                    for (Der qualifier : parts.get(1).children()) {
                        List<Der> fields = qualifier.children();
                        qualifiers.add(new Qualifier(fields.get(0).oid(), fields.size() > 1 ? fields.get(1) : null));
                    }
                }
                out.add(new Policy(parts.get(0).oid(), List.copyOf(qualifiers)));
            }
            return List.copyOf(out);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final CertificateView.CacheKey DECODED = new CertificateView.CacheKey("CertificatePolicies");
    private static final CertificateView.CacheKey USER_NOTICES = new CertificateView.CacheKey("USER_NOTICES");
    private static final CertificateView.CacheKey EXPLICIT_TEXTS = new CertificateView.CacheKey("EXPLICIT_TEXTS");

    /** Every user notice qualifier of every policy, read once per view (unmodifiable); empty when none or unreadable. */
    public static List<UserNotice> userNotices(CertificateView certificate) {
        return certificate.cached(USER_NOTICES, CertificatePolicies::decodeUserNotices);
    }

    private static List<UserNotice> decodeUserNotices(CertificateView certificate) {
        List<Policy> policies = of(certificate);
        List<UserNotice> out = new ArrayList<>();
        if (policies == null) {
            return List.of();
        }
        for (Policy policy : policies) {
            for (Qualifier qualifier : policy.qualifiers()) {
                if (!qualifier.id().equals(USER_NOTICE_QUALIFIER) || qualifier.value() == null) {
                    continue;
                }
                try {
                    Der noticeRef = null;
                    Der explicitText = null;
                    for (Der field : qualifier.value().children()) {
                        if (field.isUniversal(Der.SEQUENCE)) {
                            noticeRef = field;
                        } else {
                            explicitText = field;
                        }
                    }
                    out.add(new UserNotice(noticeRef, explicitText));
                } catch (RuntimeException e) {
                    // an unreadable notice says nothing either way
                }
            }
        }
        return List.copyOf(out);
    }

    /** Every explicitText, with its string type. */
    public static List<Der> explicitTexts(CertificateView certificate) {
        return certificate.cached(EXPLICIT_TEXTS, view -> {
            List<Der> out = new ArrayList<>();
            for (UserNotice notice : userNotices(view)) {
                if (notice.explicitText() != null) {
                    out.add(notice.explicitText());
                }
            }
            return List.copyOf(out);
        });
    }
}
