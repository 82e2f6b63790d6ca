package org.casebook.analysis.lints.rfc5280;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierId;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintRegistry;
import org.casebook.analysis.LintResult;
import org.casebook.testpki.TestPki;

/**
 * Damaged certificates: whatever a lenient parse lets through, every RFC 5280 lint answers with a
 * result (NA when it cannot read its part) and never throws, since the raw-encoding lints read bytes
 * that Bouncy Castle did not have to understand.
 */
class RfcLintsProperties {

    private static final List<CertificateLint> LINTS = LintRegistry.discover().lints().stream()
            .filter(l -> l.getClass().getPackageName().equals(RfcLintsProperties.class.getPackageName())).toList();

    private static final List<byte[]> SEEDS = List.of(richEndEntity(), constrainedCa());

    private static byte[] richEndEntity() {
        PolicyInformation policy = new PolicyInformation(new ASN1ObjectIdentifier("2.23.140.1.2.2"), new DERSequence(new PolicyQualifierInfo[] {
            new PolicyQualifierInfo("https://example.com/cps"),
            new PolicyQualifierInfo(PolicyQualifierId.id_qt_unotice, new DERSequence(new DERUTF8String("Terms apply")))}));
        GeneralNames crlName = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, "http://crl.example.com/ca.crl"));
        return TestPki.certificate()
                .subject("C=US,O=Example Org,CN=www.example.com,E=admin@example.com")
                .dnsNames("www.example.com", "xn--bcher-kva.example.com", "_acme.example.co.uk")
                .extension(Extension.certificatePolicies, false, new CertificatePolicies(policy))
                .extension(Extension.issuerAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.rfc822Name, "ca@example.com"),
                    new GeneralName(GeneralName.uniformResourceIdentifier, "https://example.com/ca")}))
                .extension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(new DistributionPointName(crlName), null, null)}))
                .extension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription(
                        AccessDescription.id_ad_caIssuers, new GeneralName(GeneralName.uniformResourceIdentifier, "http://ca.example.com/ca.cer"))))
                .der();
    }

    private static byte[] constrainedCa() {
        NameConstraints constraints = new NameConstraints(new GeneralSubtree[] {
            new GeneralSubtree(new GeneralName(GeneralName.dNSName, "example.com")),
            new GeneralSubtree(new GeneralName(GeneralName.uniformResourceIdentifier, ".example.com"))}, null);
        return TestPki.certificate().ca().subject("C=US,O=Example Org,CN=Example Constrained CA")
                .extension(Extension.nameConstraints, true, constraints).der();
    }

    @Provide
    Arbitrary<byte[]> damagedCertificates() {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 255)).as((kind, where, value) -> new int[] {kind, (int) (where * 1_000_000), value});
        return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1), edit.list().ofMinSize(1).ofMaxSize(4))
                .as((seed, edits) -> {
                    byte[] bytes = SEEDS.get(seed);
                    for (int[] e : edits) {
                        bytes = apply(bytes, e[0], e[1] % bytes.length, e[2]);
                    }
                    return bytes;
                });
    }

    private static byte[] apply(byte[] in, int kind, int at, int value) {
        switch (kind) {
            case 0 -> {
                byte[] out = in.clone();
                out[at] = (byte) value;
                return out;
            }
            case 1 -> {
                byte[] out = in.clone();
                out[at] ^= (byte) (1 << (value & 7));
                return out;
            }
            case 2 -> {
                byte[] out = new byte[in.length + 1];
                System.arraycopy(in, 0, out, 0, at);
                out[at] = (byte) value;
                System.arraycopy(in, at, out, at + 1, in.length - at);
                return out;
            }
            default -> {
                if (in.length < 2) {
                    return in;
                }
                byte[] out = new byte[in.length - 1];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + 1, out, at, in.length - at - 1);
                return out;
            }
        }
    }

    @Property(tries = 600)
    void everyRfcLintAnswersWithoutThrowing(@ForAll("damagedCertificates") byte[] bytes) {
        CertificateView view;
        try {
            view = CertificateParser.parseLenient(bytes);
        } catch (CertificateParseException e) {
            Statistics.collect("refused by the parser");
            return;
        }
        Statistics.collect("parsed and linted");
        for (CertificateLint lint : LINTS) {
            try {
                LintResult result = lint.run(view);
                if (result == null || result.status() == null) {
                    fail(lint.metadata().code() + " returned no result");
                }
            } catch (RuntimeException e) {
                fail(lint.metadata().code() + " threw " + e, e);
            }
        }
    }
}
