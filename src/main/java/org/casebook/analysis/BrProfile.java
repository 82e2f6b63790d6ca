package org.casebook.analysis;

import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * Which certificate profile of the Baseline Requirements (7.1.2, as rewritten by ballot SC-62) a certificate is
 * judged against. This is the one place that decides it; every profile-by-profile lint and the certificate page
 * ask here. The rule, read from the certificate alone:
 * <ol>
 * <li>not a CA (no basicConstraints or cA false): an OCSP responder (7.1.2.8) when its extended key usage names
 * id-kp-OCSPSigning, else a subscriber certificate (7.1.2.7), whose validation type is that of its reserved
 * CA/Browser Forum policy identifier (EV, OV, IV, DV, in that order; none: undetermined);</li>
 * <li>a CA that is self-issued and self-signed (its signature verifies under its own key or, where that cannot be
 * checked, its authority key identifier names its own key): a root CA (7.1.2.1);</li>
 * <li>any other CA by its extended key usage: the precertificate signing usage makes a precertificate signing CA
 * (7.1.2.4); anyExtendedKeyUsage a cross-certified subordinate CA (7.1.2.2, the only profile that allows it); an
 * extended key usage without serverAuth a technically constrained non-TLS subordinate CA (7.1.2.3); serverAuth
 * with name constraints a technically constrained TLS subordinate CA (7.1.2.5); serverAuth without them, or no
 * extended key usage at all, a TLS subordinate CA (7.1.2.6).</li>
 * </ol>
 * A cross-certificate restricted to TLS cannot be told from a TLS subordinate CA by its content (the difference is
 * who operates the subject CA); it is judged as the latter, whose rules 7.1.2.2 repeats for restricted
 * cross-certificates.
 */
public enum BrProfile {
    ROOT_CA("root CA", "7.1.2.1", true),
    CROSS_CERTIFIED_SUBORDINATE_CA("cross-certified subordinate CA", "7.1.2.2", true),
    TECHNICALLY_CONSTRAINED_NON_TLS_SUBORDINATE_CA("technically constrained non-TLS subordinate CA", "7.1.2.3", true),
    PRECERTIFICATE_SIGNING_CA("technically constrained precertificate signing CA", "7.1.2.4", true),
    TECHNICALLY_CONSTRAINED_TLS_SUBORDINATE_CA("technically constrained TLS subordinate CA", "7.1.2.5", true),
    TLS_SUBORDINATE_CA("TLS subordinate CA", "7.1.2.6", true),
    SUBSCRIBER("subscriber", "7.1.2.7", false),
    OCSP_RESPONDER("OCSP responder", "7.1.2.8", false);

    /** The validation type of a subscriber certificate (BR 7.1.2.7.1), from its reserved policy identifier. */
    public enum Validation {
        DV("DV", "7.1.2.7.2"), IV("IV", "7.1.2.7.3"), OV("OV", "7.1.2.7.4"), EV("EV", "7.1.2.7.5"),
        UNDETERMINED("validation type undetermined", "7.1.2.7.1");

        private final String label;
        private final String section;

        Validation(String label, String section) {
            this.label = label;
            this.section = section;
        }

        public String label() {
            return label;
        }

        public String section() {
            return section;
        }
    }

    /** A certificate's profile and, for a subscriber certificate, its validation type (else null). */
    public record Judgement(BrProfile profile, Validation validation) {

        /** "subscriber, DV", "root CA". */
        public String label() {
            return validation == null ? profile.label : profile.label + ", " + validation.label;
        }

        /** The BR section of the profile judged, the validation type's where there is one. */
        public String section() {
            return validation == null ? profile.section : validation.section;
        }

        /** A stable key for JSON: "subscriber-dv", "tls-subordinate-ca". */
        public String key() {
            String base = profile.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            return validation == null || validation == Validation.UNDETERMINED ? base
                    : base + "-" + validation.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static final KeyPurposeId OCSP_SIGNING = KeyPurposeId.id_kp_OCSPSigning;
    static final KeyPurposeId PRECERTIFICATE_SIGNING = KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.4"));

    private static final CertificateView.CacheKey JUDGEMENT = new CertificateView.CacheKey("BrProfile.JUDGEMENT");

    private final String label;
    private final String section;
    private final boolean ca;

    BrProfile(String label, String section, boolean ca) {
        this.label = label;
        this.section = section;
        this.ca = ca;
    }

    public String label() {
        return label;
    }

    public String section() {
        return section;
    }

    /** A CA certificate profile (7.1.2.1 to 7.1.2.6). */
    public boolean isCa() {
        return ca;
    }

    /** A subordinate CA profile (7.1.2.2 to 7.1.2.6). */
    public boolean isSubordinateCa() {
        return ca && this != ROOT_CA;
    }

    /** The profile a certificate is judged against, decided once per view. */
    public static Judgement judge(CertificateView certificate) {
        return certificate.cached(JUDGEMENT, BrProfile::decide);
    }

    public static BrProfile of(CertificateView certificate) {
        return judge(certificate).profile();
    }

    private static Judgement decide(CertificateView certificate) {
        List<KeyPurposeId> ekus = certificate.extendedKeyUsages();
        if (!certificate.isCa()) {
            if (ekus.contains(OCSP_SIGNING)) {
                return new Judgement(OCSP_RESPONDER, null);
            }
            return new Judgement(SUBSCRIBER, validation(certificate.policyOids()));
        }
        if (isSelfSignedRoot(certificate)) {
            return new Judgement(ROOT_CA, null);
        }
        if (ekus.contains(PRECERTIFICATE_SIGNING)) {
            return new Judgement(PRECERTIFICATE_SIGNING_CA, null);
        }
        if (ekus.contains(KeyPurposeId.anyExtendedKeyUsage)) {
            return new Judgement(CROSS_CERTIFIED_SUBORDINATE_CA, null);
        }
        if (!ekus.isEmpty() && !ekus.contains(KeyPurposeId.id_kp_serverAuth)) {
            return new Judgement(TECHNICALLY_CONSTRAINED_NON_TLS_SUBORDINATE_CA, null);
        }
        if (certificate.hasExtension(Extension.nameConstraints)) {
            return new Judgement(TECHNICALLY_CONSTRAINED_TLS_SUBORDINATE_CA, null);
        }
        return new Judgement(TLS_SUBORDINATE_CA, null);
    }

    /**
     * Self-issued, and signed by its own key: the signature verifies or, where it does not (an algorithm we cannot
     * check, a damaged signature), its authority key identifier names its own key (equals the subject key identifier). A self-issued certificate under
     * another key (a key rollover) is a subordinate CA.
     */
    private static boolean isSelfSignedRoot(CertificateView certificate) {
        if (!certificate.isSelfIssued()) {
            return false;
        }
        if (certificate.isSelfSigned()) {
            return true;
        }
        byte[] authority = certificate.authorityKeyIdentifier();
        return authority != null && java.util.Arrays.equals(authority, certificate.subjectKeyIdentifier());
    }

    private static final Set<ASN1ObjectIdentifier> EV = Set.of(CabfPolicies.EXTENDED_VALIDATION);

    static Validation validation(List<ASN1ObjectIdentifier> policies) {
        if (policies.stream().anyMatch(EV::contains)) {
            return Validation.EV;
        }
        if (policies.contains(CabfPolicies.ORGANIZATION_VALIDATED)) {
            return Validation.OV;
        }
        if (policies.contains(CabfPolicies.INDIVIDUAL_VALIDATED)) {
            return Validation.IV;
        }
        if (policies.contains(CabfPolicies.DOMAIN_VALIDATED)) {
            return Validation.DV;
        }
        return Validation.UNDETERMINED;
    }
}
