package org.casebook.analysis.lints.support;

import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** Names a certificate's signature algorithm from its identifier, RSASSA-PSS by its parameters, as BRs 6.1.5 reads them. */
public final class SignatureAlgorithmsAllowed {

    public static final Set<String> ALLOWED = Set.of("SHA256-RSA", "SHA384-RSA", "SHA512-RSA", "DSA-SHA256", "ECDSA-SHA256",
            "ECDSA-SHA384", "ECDSA-SHA512", "SHA1-RSA", "DSA-SHA1", "ECDSA-SHA1");
    public static final Set<String> TOLERATED = Set.of("SHA256-RSAPSS", "SHA384-RSAPSS", "SHA512-RSAPSS");

    private static final Map<String, String> BY_OID = Map.ofEntries(
            Map.entry("1.2.840.113549.1.1.2", "MD2-RSA"), Map.entry("1.2.840.113549.1.1.4", "MD5-RSA"),
            Map.entry("1.2.840.113549.1.1.5", "SHA1-RSA"), Map.entry("1.3.14.3.2.29", "SHA1-RSA"),
            Map.entry("1.2.840.113549.1.1.11", "SHA256-RSA"), Map.entry("1.2.840.113549.1.1.12", "SHA384-RSA"),
            Map.entry("1.2.840.113549.1.1.13", "SHA512-RSA"), Map.entry("1.2.840.10040.4.3", "DSA-SHA1"),
            Map.entry("2.16.840.1.101.3.4.3.2", "DSA-SHA256"), Map.entry("1.2.840.10045.4.1", "ECDSA-SHA1"),
            Map.entry("1.2.840.10045.4.3.2", "ECDSA-SHA256"), Map.entry("1.2.840.10045.4.3.3", "ECDSA-SHA384"),
            Map.entry("1.2.840.10045.4.3.4", "ECDSA-SHA512"), Map.entry("1.3.101.112", "Ed25519"));

    private static final Map<ASN1ObjectIdentifier, String> PSS_HASHES = Map.of(
            NISTObjectIdentifiers.id_sha256, "SHA256-RSAPSS", NISTObjectIdentifiers.id_sha384, "SHA384-RSAPSS",
            NISTObjectIdentifiers.id_sha512, "SHA512-RSAPSS");
    private static final Map<ASN1ObjectIdentifier, Integer> HASH_LENGTHS = Map.of(
            NISTObjectIdentifiers.id_sha256, 32, NISTObjectIdentifiers.id_sha384, 48, NISTObjectIdentifiers.id_sha512, 64);

    private SignatureAlgorithmsAllowed() {
    }

    public static String classify(AlgorithmIdentifier algorithm) {
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.id_RSASSA_PSS)) {
            return classifyPss(algorithm.getParameters());
        }
        return BY_OID.getOrDefault(oid.getId(), "unknown algorithm " + oid.getId());
    }

    /** RSASSA-PSS counts as SHA-2 PSS only with matching MGF1 hash, a salt as long as the hash and trailer 1. */
    private static String classifyPss(ASN1Encodable parameters) {
        try {
            RSASSAPSSparams pss = RSASSAPSSparams.getInstance(parameters);
            ASN1ObjectIdentifier hash = pss.getHashAlgorithm().getAlgorithm();
            AlgorithmIdentifier mgf = pss.getMaskGenAlgorithm();
            ASN1ObjectIdentifier mgfHash = AlgorithmIdentifier.getInstance(mgf.getParameters()).getAlgorithm();
            Integer length = HASH_LENGTHS.get(hash);
            boolean consistent = length != null && mgf.getAlgorithm().equals(PKCSObjectIdentifiers.id_mgf1) && mgfHash.equals(hash)
                    && pss.getSaltLength().intValue() == length && pss.getTrailerField().intValue() == 1;
            return consistent ? PSS_HASHES.get(hash) : "RSASSA-PSS with unusual parameters";
        } catch (RuntimeException e) {
            return "RSASSA-PSS with unreadable parameters";
        }
    }
}
