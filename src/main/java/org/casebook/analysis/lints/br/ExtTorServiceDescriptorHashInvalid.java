package org.casebook.analysis.lints.br;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;
import org.casebook.analysis.lints.support.DerElements;
import org.casebook.analysis.lints.support.DomainNames;
import org.casebook.analysis.lints.support.OnionNames;
import org.casebook.analysis.lints.support.SubjectFields;
import org.casebook.analysis.lints.support.TlsCertificateFacts;
import org.casebook.analysis.lints.support.UriSyntax;

@LintSpec(code = "e_ext_tor_service_descriptor_hash_invalid",
        description = "A certificate for version 2 .onion names needs a well-formed TorServiceDescriptor extension: https onion URIs of its own names, SHA-256/384/512 hashes of the right length, one per name (every name when EV).",
        citation = "BRs: Ballot 201, Ballot SC27; EV Guidelines Appendix F", source = LintSource.CABF_BR, effective = LintDates.BALLOT_201)
public class ExtTorServiceDescriptorHashInvalid extends CertificateLint {

    static final ASN1ObjectIdentifier TOR_SERVICE_DESCRIPTOR = new ASN1ObjectIdentifier("2.23.140.1.31");

    private static final Map<String, Integer> HASH_BITS = Map.of(
            "2.16.840.1.101.3.4.2.1", 256, "2.16.840.1.101.3.4.2.2", 384, "2.16.840.1.101.3.4.2.3", 512);

    /** One TorServiceDescriptorHash: the onion URI, the hash algorithm and the hash length in bits. */
    private record Descriptor(String onionUri, String hashAlgorithm, int hashBits) {
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        if (certificate.hasExtension(TOR_SERVICE_DESCRIPTOR)) {
            return true;
        }
        // the cheap tests first; almost no certificate names an onion service
        return TlsCertificateFacts.anyOnionName(certificate) && TlsCertificateFacts.isEv(certificate)
                && CertificateRoles.isSubscriber(certificate) && subjectNames(certificate).stream().anyMatch(OnionNames::isVersion2);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        Extension extension = certificate.extension(TOR_SERVICE_DESCRIPTOR);
        if (extension == null) {
            return LintResult.error("the certificate names a .onion domain but has no TorServiceDescriptor extension");
        }
        List<Descriptor> descriptors = descriptors(extension.getExtnValue().getOctets());
        if (descriptors.isEmpty()) {
            return LintResult.error("the TorServiceDescriptor extension holds no readable TorServiceDescriptorHash");
        }
        Map<String, String> onionBases = new HashMap<>();
        for (String name : subjectNames(certificate)) {
            if (!name.endsWith(".onion")) {
                continue;
            }
            List<String> labels = DomainNames.labels(name);
            if (labels.size() < 2) {
                return LintResult.error("'" + name + "' has too few labels");
            }
            onionBases.put(String.join(".", labels.subList(labels.size() - 2, labels.size())), name);
        }
        Map<String, Descriptor> byHost = new HashMap<>();
        for (Descriptor descriptor : descriptors) {
            String uri = descriptor.onionUri();
            String host = UriSyntax.host(uri);
            if (UriSyntax.scheme(uri) == null || host.isEmpty()) {
                return LintResult.error("onion URI '" + uri + "' is not a URL with a host name");
            }
            if (!"https".equals(UriSyntax.scheme(uri))) {
                return LintResult.error("onion URI '" + uri + "' does not use https");
            }
            Integer expectedBits = HASH_BITS.get(descriptor.hashAlgorithm());
            if (expectedBits == null) {
                return LintResult.error("the descriptor for '" + uri + "' uses unknown hash algorithm " + descriptor.hashAlgorithm());
            }
            if (expectedBits != descriptor.hashBits()) {
                return LintResult.error("the descriptor for '" + uri + "' has a " + descriptor.hashBits() + "-bit hash, not " + expectedBits);
            }
            if (byHost.put(host, descriptor) != null) {
                return LintResult.error("more than one descriptor for onion host '" + host + "'");
            }
            if (!onionBases.containsKey(host)) {
                return LintResult.error("descriptor host '" + host + "' is not among the certificate's names");
            }
        }
        if (TlsCertificateFacts.isEv(certificate)) {
            for (Map.Entry<String, String> base : onionBases.entrySet()) {
                if (!byHost.containsKey(base.getKey())) {
                    return LintResult.error("'" + base.getValue() + "' has no TorServiceDescriptorHash");
                }
            }
        }
        return LintResult.PASS;
    }

    private static List<String> subjectNames(CertificateView certificate) {
        List<String> names = new ArrayList<>(certificate.dnsNames());
        names.add(SubjectFields.of(certificate).commonName());
        return names;
    }

    /** Decodes SEQUENCE OF { onionURI UTF8String, algorithm AlgorithmIdentifier, subjectPublicKeyHash BIT STRING }. */
    private static List<Descriptor> descriptors(byte[] der) {
        DerElements.Element outer = DerElements.whole(der);
        List<DerElements.Element> items = outer == null || outer.tag() != 0x30 ? null : DerElements.children(der, outer);
        if (items == null) {
            return List.of();
        }
        List<Descriptor> out = new ArrayList<>();
        for (DerElements.Element item : items) {
            List<DerElements.Element> fields = DerElements.children(der, item);
            if (fields == null || fields.size() != 3 || fields.get(0).tag() != 0x0c || fields.get(1).tag() != 0x30
                    || fields.get(2).tag() != 0x03) {
                return List.of();
            }
            List<DerElements.Element> algorithm = DerElements.children(der, fields.get(1));
            if (algorithm == null || algorithm.isEmpty() || algorithm.get(0).tag() != 0x06) {
                return List.of();
            }
            byte[] bits = fields.get(2).content(der);
            int hashBits = bits.length == 0 ? 0 : (bits.length - 1) * 8 - bits[0];
            out.add(new Descriptor(new String(fields.get(0).content(der), StandardCharsets.UTF_8),
                    ASN1ObjectIdentifier.fromContents(algorithm.get(0).content(der)).getId(), hashBits));
        }
        return out;
    }
}
