package org.casebook.analysis;

/**
 * The dates from which lints hold certificates to a rule (by notBefore), named for the document or ballot that
 * set them, for {@link LintSpec#effective} and {@link LintSpec#ineffective}. Where zlint names the same date,
 * its constant is given, so a lint ported from zlint can be checked against it. ISO dates, compile-time
 * constants (annotation values must be).
 */
public final class LintDates {

    // RFC

    /** RFC 2459, the first Internet X.509 profile (zlint: RFC2459Date). */
    public static final String RFC_2459_PUBLISHED = "1999-01-01";

    /** RFC 3279, algorithms and identifiers for the profile (zlint: RFC3279Date). */
    public static final String RFC_3279_PUBLISHED = "2002-04-01";

    /** RFC 3280, which replaced RFC 2459 (zlint: RFC3280Date). */
    public static final String RFC_3280_PUBLISHED = "2002-04-01";

    /** RFC 3490, internationalized domain names (IDNA) (zlint: RFC3490Date). */
    public static final String RFC_3490_PUBLISHED = "2003-03-01";

    /** RFC 5280, the current profile (zlint: RFC5280Date). */
    public static final String RFC_5280_PUBLISHED = "2008-05-01";

    /** RFC 6818, updates to RFC 5280 (zlint: RFC6818Date). */
    public static final String RFC_6818_PUBLISHED = "2013-01-01";

    /** RFC 6960, the current OCSP profile (zlint: RFC6960Date). */
    public static final String RFC_6960_PUBLISHED = "2013-06-01";

    /** RFC 6962, Certificate Transparency (zlint: RFC6962Date). */
    public static final String RFC_6962_PUBLISHED = "2013-06-01";

    /** RFC 8399, internationalized email addresses (zlint: RFC8399Date). */
    public static final String RFC_8399_PUBLISHED = "2018-05-01";

    /** RFC 8813, ECC key usage clarifications (zlint: RFC8813Date). */
    public static final String RFC_8813_PUBLISHED = "2020-08-01";

    // CA/Browser Forum Baseline Requirements

    /** BRs v1.0.2 (zlint: CABV102Date). */
    public static final String BR_1_0_2 = "2012-06-08";

    /** The Baseline Requirements take effect (zlint: CABEffectiveDate). */
    public static final String BR_1_0_EFFECTIVE = "2012-07-01";

    /** BRs v1.1.3 (zlint: CABV113Date). */
    public static final String BR_1_1_3 = "2013-02-21";

    /** BRs v1.1.6 (zlint: CABV116Date). */
    public static final String BR_1_1_6 = "2013-07-29";

    /** BRs v1.2.1 (zlint: CABFBRs_1_2_1_Date). */
    public static final String BR_1_2_1 = "2015-01-16";

    /** Subscriber certificates at most 39 months (BRs 6.3.2). */
    public static final String BR_39_MONTHS = "2015-04-01";

    /** BRs v1.3.0 (zlint: CABV130Date). */
    public static final String BR_1_3_0 = "2015-04-16";

    /** BRs v1.3.1 (zlint: CABV131Date). */
    public static final String BR_1_3_1 = "2015-09-28";

    /** No SHA-1 signed subscriber certificates (BRs 7.1.3; zlint: NO_SHA1). */
    public static final String BR_NO_SHA1 = "2016-01-01";

    /** givenName and surname in subjects (zlint: CABGivenNameDate). */
    public static final String BR_GIVEN_NAME = "2016-09-07";

    /** Serial numbers with at least 64 bits from a CSPRNG (Ballot 164, BRs 7.1). */
    public static final String BR_64_BIT_SERIALS = "2016-09-30";

    /** BRs v1.4.8 (zlint: CABV148Date). */
    public static final String BR_1_4_8 = "2017-06-08";

    /** Ballot 201, the TorServiceDescriptor extension for .onion names (zlint: CABV201Date). */
    public static final String BALLOT_201 = "2017-07-28";

    /** Subscriber certificates at most 825 days (Ballot 193; zlint: SubCert825Days). */
    public static final String BR_825_DAYS = "2018-03-02";

    /** BRs v1.6.2 (zlint: CABFBRs_1_6_2_Date). */
    public static final String BR_1_6_2 = "2018-12-10";

    /** Underscores in dNSNames no longer permitted (Ballot SC12; zlint: CABFBRs_1_6_2_UnderscorePermissibilitySunsetDate). */
    public static final String BR_UNDERSCORE_SUNSET = "2019-04-01";

    /** Ballot SC16, other subject attributes: EV subjects hold only the listed ones (zlint: SC16EffectiveDate). */
    public static final String BALLOT_SC16 = "2019-04-16";

    /** Ballot SC17, registration numbers in EV certificates: the organization identifier (zlint: SC17EffectiveDate). */
    public static final String BALLOT_SC17 = "2019-06-21";

    /** BRs v1.7.0 (zlint: CABV170Date). */
    public static final String BR_1_7_0 = "2020-01-31";

    /** BRs v1.7.1 (zlint: CABFBRs_1_7_1_Date). */
    public static final String BR_1_7_1 = "2020-08-20";

    /** BRs v1.7.9 (zlint: CABFBRs_1_7_9_Date). */
    public static final String BR_1_7_9 = "2021-08-16";

    /** BRs v1.8.0 (zlint: CABFBRs_1_8_0_Date). */
    public static final String BR_1_8_0 = "2021-08-25";

    /** No reserved (xn-- style) labels that are not valid A-labels (zlint: NoReservedDomainLabelsDate). */
    public static final String BR_NO_RESERVED_LABELS = "2021-10-01";

    /** No organizationalUnitName in subscriber certificates (Ballot SC47; zlint: CABFBRs_OU_Prohibited_Date). */
    public static final String BR_OU_PROHIBITED = "2022-09-01";

    /** BRs v1.8.7, Ballot SC61: the CRL and OCSP profile and its reason codes (zlint: CABFBRs_1_8_7_Date). */
    public static final String BR_1_8_7 = "2023-07-15";

    /** BRs v2.0.0, the certificate profiles of Ballot SC62 (zlint: CABFBRs_2_0_0_Date, SC62EffectiveDate). */
    public static final String BR_2_0_0 = "2023-09-15";

    /** BRs v2.0.1, Ballot SC63: CRLs required, OCSP optional (zlint: SC63EffectiveDate). */
    public static final String BR_2_0_1 = "2024-03-15";

    /** Ballot SC81, shorter validity and data reuse, first step (zlint: CABF_SC081_FIRST_MILESTONE). */
    public static final String BALLOT_SC81_FIRST_MILESTONE = "2026-03-15";

    /** Ballot SC86 (zlint: CABF_SC086_EffectiveDate). */
    public static final String BALLOT_SC86 = "2026-03-15";

    /** Ballot SC-092 (BRs 2.1.8): the precertificate signing CA profile may no longer be used (BRs 7.1.2.4). */
    public static final String BALLOT_SC92 = "2026-03-15";

    /** Ballot SC81, second step (zlint: CABF_SC081_SECOND_MILESTONE). */
    public static final String BALLOT_SC81_SECOND_MILESTONE = "2027-03-15";

    /** Ballot SC81, third step (zlint: CABF_SC081_THIRD_MILESTONE). */
    public static final String BALLOT_SC81_THIRD_MILESTONE = "2029-03-15";

    // CA/Browser Forum EV Guidelines

    /** .onion names only in EV certificates (Ballot 144; zlint: OnionOnlyEVDate). */
    public static final String EV_ONION_ONLY = "2015-05-01";

    /** EV Guidelines v1.7.2, sections 9.2.8 and 9.8.2 (zlint: CABFEV_Sec9_2_8_Date, CABFEV_9_8_2). */
    public static final String EV_1_7_2 = "2020-01-31";

    // Browser and root programs

    /** Mozilla Root Store Policy 2.2 (zlint: MozillaPolicy22Date). */
    public static final String MOZILLA_POLICY_2_2 = "2013-07-26";

    /** Mozilla Root Store Policy 2.4 (zlint: MozillaPolicy24Date). */
    public static final String MOZILLA_POLICY_2_4 = "2017-02-28";

    /** Mozilla Root Store Policy 2.4.1 (zlint: MozillaPolicy241Date). */
    public static final String MOZILLA_POLICY_2_4_1 = "2017-03-31";

    /** Mozilla Root Store Policy 5.3: intermediates issued from 2019 carry an EKU (zlint writes the date inline). */
    public static final String MOZILLA_INTERMEDIATE_EKU = "2019-01-01";

    /** Mozilla Root Store Policy 2.7 (zlint: MozillaPolicy27Date). */
    public static final String MOZILLA_POLICY_2_7 = "2020-01-01";

    /** Mozilla Root Store Policy 5.1.3: no SHA-1 over end-entity certificates with id-kp-emailProtection. */
    public static final String MOZILLA_SHA1_EMAIL_SUNSET = "2022-07-01";

    /** Mozilla Root Store Policy 5.1.3: no SHA-1 over intermediate and OCSP responder certificates. */
    public static final String MOZILLA_SHA1_CA_SUNSET = "2023-07-01";

    /** Mozilla Root Store Policy 2.9: EdDSA keys only with id-kp-emailProtection (5.1). */
    public static final String MOZILLA_POLICY_2_9 = "2023-09-01";

    /** Mozilla Root Store Policy 3.0 (zlint: MozillaPolicy30Date). */
    public static final String MOZILLA_POLICY_3_0 = "2025-03-15";

    /** Apple's Certificate Transparency policy (zlint: AppleCTPolicyDate). */
    public static final String APPLE_CT_POLICY = "2018-10-15";

    /** Apple's CT policy: 2 embedded SCTs up to 180 days of lifetime, 3 beyond (certificates from 2021-04-21). */
    public static final String APPLE_CT_POLICY_2021 = "2021-04-21";

    /** Apple: TLS certificates at most 398 days (zlint: AppleReducedLifetimeDate). */
    public static final String APPLE_398_DAYS = "2020-09-01";

    /** Microsoft Trusted Root Program requirements 1.0, the first published on GitHub (no change from the Learn text). */
    public static final String MICROSOFT_TRP_1_0 = "2025-10-13";

    /** Microsoft Trusted Root Program requirements 1.2, 3.1.8: newly minted roots valid at most 10 years. */
    public static final String MICROSOFT_ROOT_10_YEARS = "2026-07-01";

    /** Chrome Root Program: no clientAuth in server certificates (zlint: ChromePolicyClientAuthDisallowedDate). */
    public static final String CHROME_CLIENT_AUTH_DISALLOWED = "2027-03-15";

    // ETSI

    /** ETSI EN 319 412-5 v2.2.1, QC statements (zlint: EtsiEn319_412_5_V2_2_1_Date). */
    public static final String ETSI_EN_319_412_5_V2_2_1 = "2017-11-01";

    /** ETSI EN 319 412-2 v2.2.1, natural person profile (zlint: EtsiEn319_412_2_V2_2_1_Date). */
    public static final String ETSI_EN_319_412_2_V2_2_1 = "2020-07-01";

    /** ETSI EN 319 411-2 v2.5.0 (zlint: EtsiEn319_411_2_V2_5_0_Date). */
    public static final String ETSI_EN_319_411_2_V2_5_0 = "2023-07-01";

    /** ETSI EN 319 412-5 v2.4.1 (zlint: EtsiEn319_412_5_V2_4_1_Date). */
    public static final String ETSI_EN_319_412_5_V2_4_1 = "2023-09-01";

    /** ETSI EN 319 412-5 v2.6.1 (zlint: EtsiEn319_412_5_V2_6_1_Date). */
    public static final String ETSI_EN_319_412_5_V2_6_1 = "2026-05-01";

    private LintDates() {
    }
}
