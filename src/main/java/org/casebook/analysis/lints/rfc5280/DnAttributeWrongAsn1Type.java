package org.casebook.analysis.lints.rfc5280;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.Der;
import org.casebook.analysis.lints.support.Names;
import org.casebook.analysis.lints.support.RawCertificate;

/**
 * A Name attribute whose value has an ASN.1 type its attribute type does not allow: a commonName as an INTEGER,
 * an organizationalUnitName as an OCTET STRING. Such certificates are stored as evidence, but other tools
 * (OpenSSL 3) refuse to read them, so the finding names the attribute and the type it has. zlint has no such
 * lint: its parser rejects these certificates before any lint runs.
 */
@LintSpec(code = "e_dn_attribute_wrong_asn1_type",
        description = "Every subject and issuer attribute value has the ASN.1 type its attribute type prescribes: a DirectoryString"
                + " (UTF8String, PrintableString, TeletexString, UniversalString or BMPString) for names such as commonName,"
                + " organizationName and organizationalUnitName, a PrintableString for countryName, serialNumber and dnQualifier,"
                + " an IA5String for emailAddress and domainComponent.",
        citation = "RFC 5280: 4.1.2.4 and Appendix A; ITU-T X.520", source = LintSource.RFC5280)
public class DnAttributeWrongAsn1Type extends CertificateLint {

    private enum Syntax {
        DIRECTORY_STRING("a DirectoryString", Set.of(Der.T61_STRING, Der.PRINTABLE_STRING, Der.UNIVERSAL_STRING, Der.UTF8_STRING, Der.BMP_STRING)),
        PRINTABLE_STRING("a PrintableString", Set.of(Der.PRINTABLE_STRING)),
        IA5_STRING("an IA5String", Set.of(Der.IA5_STRING));

        final String required;
        final Set<Integer> tags;

        Syntax(String required, Set<Integer> tags) {
            this.required = required;
            this.tags = tags;
        }
    }

    /** {@code rule} names the text that fixes the syntax, with its verb. */
    private record AttributeRule(String name, Syntax syntax, String rule) {
    }

    private static final String X520 = "X.520 requires";

    /** Attribute types with a fixed syntax, by OID; attribute types not listed here are not judged. */
    private static final Map<String, AttributeRule> RULES = Map.ofEntries(
            rule("2.5.4.3", "commonName", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.4", "surname", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.5", "serialNumber", Syntax.PRINTABLE_STRING, X520),
            rule("2.5.4.6", "countryName", Syntax.PRINTABLE_STRING, X520),
            rule("2.5.4.7", "localityName", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.8", "stateOrProvinceName", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.9", "streetAddress", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.10", "organizationName", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.11", "organizationalUnitName", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.12", "title", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.13", "description", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.15", "businessCategory", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.17", "postalCode", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.18", "postOfficeBox", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.41", "name", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.42", "givenName", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.43", "initials", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.44", "generationQualifier", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.46", "dnQualifier", Syntax.PRINTABLE_STRING, X520),
            rule("2.5.4.65", "pseudonym", Syntax.DIRECTORY_STRING, X520),
            rule("2.5.4.97", "organizationIdentifier", Syntax.DIRECTORY_STRING, X520),
            rule("1.2.840.113549.1.9.1", "emailAddress", Syntax.IA5_STRING, "RFC 5280 (Appendix A) requires"),
            rule("0.9.2342.19200300.100.1.25", "domainComponent", Syntax.IA5_STRING, "RFC 4519 requires"),
            rule("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionLocalityName", Syntax.DIRECTORY_STRING, "the EV Guidelines (9.2.4) require"),
            rule("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionStateOrProvinceName", Syntax.DIRECTORY_STRING, "the EV Guidelines (9.2.4) require"),
            rule("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionCountryName", Syntax.PRINTABLE_STRING, "the EV Guidelines (9.2.4) require"));

    private static Map.Entry<String, AttributeRule> rule(String oid, String name, Syntax syntax, String rule) {
        return Map.entry(oid, new AttributeRule(name, syntax, rule));
    }

    /** Problems named in one finding; the rest are counted. */
    private static final int NAMED = 5;

    @Override
    protected boolean applies(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        if (raw == null) {
            return false;
        }
        try {
            raw.subjectAttributes();
            raw.issuerAttributes();
            return true;
        } catch (RuntimeException unreadableName) {
            return false; // not a Name at all: other lints (and the parser) say so
        }
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        List<String> problems = new ArrayList<>();
        collect("subject", raw.subjectAttributes(), problems);
        collect("issuer", raw.issuerAttributes(), problems);
        if (problems.isEmpty()) {
            return LintResult.PASS;
        }
        String detail = String.join("; ", problems.subList(0, Math.min(NAMED, problems.size())));
        if (problems.size() > NAMED) {
            detail += "; and " + (problems.size() - NAMED) + " more";
        }
        return LintResult.error(detail);
    }

    private static void collect(String field, List<Names.Attribute> attributes, List<String> problems) {
        for (Names.Attribute attribute : attributes) {
            AttributeRule rule = RULES.get(attribute.type().getId());
            if (rule == null) {
                continue;
            }
            Der value = attribute.value();
            boolean allowed = value.tagClass() == Der.UNIVERSAL && !value.constructed() && rule.syntax().tags.contains(value.tagNumber());
            if (!allowed) {
                problems.add(field + " " + rule.name() + " is " + typeName(value) + "; " + rule.rule() + " " + rule.syntax().required);
            }
        }
    }

    /** The value's ASN.1 type with its article, as a reader of the finding would name it. */
    static String typeName(Der value) {
        if (value.tagClass() != Der.UNIVERSAL) {
            String tagClass = switch (value.tagClass()) {
                case 1 -> "an application-specific";
                case Der.CONTEXT -> "a context-specific";
                default -> "a private";
            };
            return tagClass + " [" + value.tagNumber() + "] value";
        }
        String name = switch (value.tagNumber()) {
            case Der.BOOLEAN -> "a BOOLEAN";
            case Der.INTEGER -> "an INTEGER";
            case Der.BIT_STRING -> "a BIT STRING";
            case Der.OCTET_STRING -> "an OCTET STRING";
            case Der.NULL -> "a NULL";
            case Der.OID -> "an OBJECT IDENTIFIER";
            case 9 -> "a REAL";
            case 10 -> "an ENUMERATED";
            case Der.UTF8_STRING -> "a UTF8String";
            case Der.SEQUENCE -> "a SEQUENCE";
            case Der.SET -> "a SET";
            case 18 -> "a NumericString";
            case Der.PRINTABLE_STRING -> "a PrintableString";
            case Der.T61_STRING -> "a TeletexString";
            case 21 -> "a VideotexString";
            case Der.IA5_STRING -> "an IA5String";
            case Der.UTC_TIME -> "a UTCTime";
            case Der.GENERALIZED_TIME -> "a GeneralizedTime";
            case 25 -> "a GraphicString";
            case Der.VISIBLE_STRING -> "a VisibleString";
            case 27 -> "a GeneralString";
            case Der.UNIVERSAL_STRING -> "a UniversalString";
            case Der.BMP_STRING -> "a BMPString";
            default -> "a value of universal tag " + value.tagNumber();
        };
        boolean alwaysConstructed = value.tagNumber() == Der.SEQUENCE || value.tagNumber() == Der.SET;
        return value.constructed() && !alwaysConstructed ? name + " in constructed form" : name;
    }
}
