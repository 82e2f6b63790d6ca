package org.casebook.revocation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.casebook.analysis.AlgorithmNames;
import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateParser;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.Severity;
import org.casebook.analysis.Signatures;
import org.casebook.analysis.corpus.CorpusKeys;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlParser;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.OcspResponseLint;
import org.casebook.analysis.revocation.OcspResponseParser;
import org.casebook.analysis.revocation.OcspResponseView;
import org.casebook.analysis.revocation.RevocationExtension;
import org.casebook.analysis.revocation.RevocationLints;
import org.casebook.analysis.revocation.RevocationParseException;
import org.casebook.analysis.revocation.RevokedEntry;
import org.casebook.evidence.StoredCertificate;
import org.casebook.evidence.StoredFinding;
import org.casebook.evidence.UploadParser.Part;
import org.casebook.evidence.service.CertificateLints;
import org.casebook.revocation.RevocationItems;
import org.casebook.revocation.StoredCrl;
import org.casebook.revocation.StoredOcspResponse;
import org.casebook.revocation.RevocationUrls;
import org.casebook.storage.CaseClock;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Files CRLs and OCSP responses: parsed strictly (leniently when only the encoding is wrong, so that defects become
 * findings), linted, their signature checked against the issuer certificates on file (a source nobody on file signed is
 * refused: its entries could not be trusted to be its issuer's), and stored once by SHA-256, each in its own transaction.
 * The entries go in by JDBC batches. Bad input comes back as a reason per item, never an exception.
 */
@ApplicationScoped
public class RevocationUploads {

    private static final Logger LOG = Logger.getLogger(RevocationUploads.class);
    /** id-ce-certificateIssuer, RFC 5280 5.3.3: from this entry on, an indirect CRL's entries are another issuer's. */
    static final String CERTIFICATE_ISSUER = "2.5.29.29";
    private static final int ENTRY_BATCH = 5000;
    /** A CRL of a million entries takes tens of seconds to store; the default 60 s transaction limit is too tight. */
    private static final int STORE_TIMEOUT_SECONDS = 1800;

    @Inject
    EntityManager em;

    @Inject
    CaseClock clock;

    /** What became of one CRL or OCSP response: filed (or found on file), or refused with a reason. */
    public record Outcome(String source, RevocationItems.Kind kind, String sha256, boolean alreadyOnFile, String reason,
            List<String> notes) {
        public boolean accepted() {
            return reason == null;
        }

        public String url() {
            return sha256 == null ? null : RevocationUrls.of(kind, sha256);
        }

        static Outcome refused(RevocationItems.Item item, String reason) {
            return new Outcome(item.source(), item.kind(), null, false, reason, List.of());
        }
    }

    public List<Outcome> store(List<RevocationItems.Item> items, String user) {
        List<Outcome> outcomes = new ArrayList<>(items.size());
        for (RevocationItems.Item item : items) {
            try {
                outcomes.add(item.der() == null ? Outcome.refused(item, item.problem())
                        : item.kind() == RevocationItems.Kind.CRL ? storeCrl(item, user) : storeOcsp(item, user));
            } catch (RuntimeException e) {
                // never a 500: the item's transaction rolled back, its reason goes back to the uploader
                LOG.warnf(e, "could not store %s", item.source());
                outcomes.add(Outcome.refused(item, "could not be stored: " + e.getMessage()));
            }
        }
        return outcomes;
    }

    // ---------------------------------------------------------------- CRLs

    private Outcome storeCrl(RevocationItems.Item item, String user) {
        CrlView crl;
        try {
            crl = parseCrl(item.der());
        } catch (RevocationParseException e) {
            return Outcome.refused(item, "not a CRL: " + e.getMessage());
        }
        String sha256 = sha256(crl.der());
        if (crl.isDelta()) {
            return Outcome.refused(item, "a delta CRL (it has the deltaCRLIndicator extension, RFC 5280 5.2.4): Casebook applies"
                    + " complete CRLs only, since a delta's entries mean something only together with its base CRL; upload the"
                    + " complete CRL it refers to instead");
        }
        return QuarkusTransaction.requiringNew().timeout(STORE_TIMEOUT_SECONDS).call(() -> {
            if (StoredCrl.findBySha256(sha256).isPresent()) {
                return new Outcome(item.source(), item.kind(), sha256, true, null, List.of());
            }
            Issuer issuer;
            try {
                issuer = issuerOf(crl.issuer(), key -> crl.signedBy(key), "CRL");
            } catch (Refusal refusal) {
                return Outcome.refused(item, refusal.getMessage());
            }
            List<RevokedEntry> own = ownEntries(crl);
            List<String> notes = new ArrayList<>();
            if (crl.isIndirect()) {
                notes.add("an indirect CRL: " + own.size() + " of its " + crl.revokedCertificates().size() + " entries are its"
                        + " issuer's own and are applied; the entries after a certificateIssuer entry extension name other issuers"
                        + " and are not applied");
            }
            StoredCrl stored = new StoredCrl();
            stored.sha256 = sha256;
            stored.issuer = fit(crl.issuer().toString(), StoredCertificate.NAME_LENGTH);
            stored.issuerNameHash = issuer.certificate.subjectNameHash;
            stored.issuerSpkiSha256 = issuer.certificate.spkiSha256;
            stored.issuerKeyId = issuer.certificate.subjectKeyId;
            stored.issuerCertificate = issuer.certificate;
            stored.crlNumber = crl.crlNumber().map(n -> fit(n.toString(), 128)).orElse(null);
            stored.crlVersion = crl.version();
            stored.thisUpdate = crl.thisUpdate();
            stored.nextUpdate = crl.nextUpdate().orElse(null);
            stored.indirectCrl = crl.isIndirect();
            stored.entryCount = crl.revokedCertificates().size();
            stored.byteSize = crl.der().length;
            stored.signatureAlgorithm = fit(AlgorithmNames.signature(crl.signatureAlgorithm().getAlgorithm()), StoredCertificate.ALGORITHM_LENGTH);
            stored.findings = crlFindings(crl);
            stored.storedAt = clock.now();
            stored.storedBy = user;
            stored.persistAndFlush();
            insertCrlEntries(stored.id, own);
            return new Outcome(item.source(), item.kind(), sha256, false, null, notes);
        });
    }

    static CrlView parseCrl(byte[] der) throws RevocationParseException {
        try {
            return CrlParser.parse(der);
        } catch (RevocationParseException strict) {
            return CrlParser.parseLenient(der);
        }
    }

    /** The entries of the CRL's own issuer: all of a direct CRL; of an indirect one, those before the first certificateIssuer. */
    static List<RevokedEntry> ownEntries(CrlView crl) {
        if (!crl.isIndirect()) {
            return crl.revokedCertificates();
        }
        List<RevokedEntry> own = new ArrayList<>();
        for (RevokedEntry entry : crl.revokedCertificates()) {
            if (entry.extensions().stream().map(RevocationExtension::oid).anyMatch(CERTIFICATE_ISSUER::equals)) {
                break;
            }
            own.add(entry);
        }
        return own;
    }

    private static List<StoredFinding> crlFindings(CrlView crl) {
        List<StoredFinding> findings = new ArrayList<>();
        RevocationLints lints = RevocationLints.discover();
        for (Map.Entry<String, LintResult> result : lints.lint(crl).entrySet()) {
            CrlLint lint = lints.crlLint(result.getKey()).orElseThrow();
            add(findings, lint.metadata(), result.getValue());
        }
        findings.sort(CertificateLints.BY_SEVERITY);
        return findings;
    }

    private static void add(List<StoredFinding> findings, org.casebook.analysis.LintMetadata metadata, LintResult result) {
        if (result.status().isFinding()) {
            findings.add(new StoredFinding(metadata.code(), Severity.ofStatus(result.status()).code(),
                    result.detail() == null ? metadata.description() : result.detail(), metadata.citation()));
        }
    }

    private void insertCrlEntries(long crlId, List<RevokedEntry> entries) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into crl_entry (crl_id, serialHex, revokedAt, reasonCode) values (?, ?, ?, ?)")) {
                int pending = 0;
                for (RevokedEntry entry : entries) {
                    insert.setLong(1, crlId);
                    insert.setString(2, serialHex(entry.serialNumber()));
                    insert.setObject(3, OffsetDateTime.ofInstant(entry.revocationDate(), ZoneOffset.UTC));
                    if (entry.reasonCode() == null) {
                        insert.setNull(4, Types.INTEGER);
                    } else {
                        insert.setInt(4, entry.reasonCode());
                    }
                    insert.addBatch();
                    if (++pending == ENTRY_BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    /** Upper-case hex of the serial's two's-complement octets, as certificates' serialHex. */
    public static String serialHex(BigInteger serial) {
        return HexFormat.of().withUpperCase().formatHex(serial.toByteArray());
    }

    // ---------------------------------------------------------------- OCSP responses

    private Outcome storeOcsp(RevocationItems.Item item, String user) {
        OcspResponseView response;
        try {
            try {
                response = OcspResponseParser.parse(item.der());
            } catch (RevocationParseException strict) {
                response = OcspResponseParser.parseLenient(item.der());
            }
        } catch (RevocationParseException e) {
            return Outcome.refused(item, "not an OCSP response: " + e.getMessage());
        }
        if (!response.successful()) {
            return Outcome.refused(item, "an OCSP response with status " + response.responseStatus()
                    + " (not successful, RFC 6960 4.2.1): it has no signed body to file");
        }
        OcspResponseView view = response;
        String sha256 = sha256(item.der());
        return QuarkusTransaction.requiringNew().call(() -> {
            if (StoredOcspResponse.findBySha256(sha256).isPresent()) {
                return new Outcome(item.source(), item.kind(), sha256, true, null, List.of());
            }
            List<CaCandidate> candidates = caCandidates();
            OcspResponseView.SingleResponse first = view.firstResponse().orElse(null);
            if (first == null) {
                return Outcome.refused(item, "the OCSP response holds no single response");
            }
            CaCandidate issuer = candidates.stream().filter(c -> c.names(first)).findFirst().orElse(null);
            if (issuer == null) {
                return Outcome.refused(item, "no CA certificate on file has the issuer name and key hashes of the response's"
                        + " first CertID: upload the issuing CA's certificate first");
            }
            boolean delegate = false;
            if (!view.signedBy(issuer.view.publicKeyInfo())) {
                if (!signedByDelegate(item.der(), view, issuer.view)) {
                    return Outcome.refused(item, "the signature verifies neither under the key of the issuer on file ("
                            + issuer.certificate.subject + ") nor under a responder certificate in the response that this issuer"
                            + " issued for OCSP signing");
                }
                delegate = true;
            }
            List<String> notes = new ArrayList<>();
            List<OcspResponseView.SingleResponse> own = view.responses().stream().filter(issuer::names).toList();
            if (own.size() < view.responses().size()) {
                notes.add((view.responses().size() - own.size()) + " single responses name another issuer and are not applied");
            }
            StoredOcspResponse stored = new StoredOcspResponse();
            stored.sha256 = sha256;
            stored.responseStatus = view.responseStatus();
            stored.responderId = fit(view.responderId(), 1024);
            stored.producedAt = view.producedAt();
            stored.signatureAlgorithm = view.signed() == null ? null
                    : fit(AlgorithmNames.signature(view.signed().algorithm().getAlgorithm()), StoredCertificate.ALGORITHM_LENGTH);
            stored.issuerCertificate = issuer.certificate;
            stored.signedByDelegate = delegate;
            stored.byteSize = item.der().length;
            stored.findings = ocspFindings(view);
            stored.storedAt = clock.now();
            stored.storedBy = user;
            stored.persistAndFlush();
            insertOcspEntries(stored.id, own);
            return new Outcome(item.source(), item.kind(), sha256, false, null, notes);
        });
    }

    private static List<StoredFinding> ocspFindings(OcspResponseView response) {
        List<StoredFinding> findings = new ArrayList<>();
        RevocationLints lints = RevocationLints.discover();
        for (Map.Entry<String, LintResult> result : lints.lint(response).entrySet()) {
            OcspResponseLint lint = lints.ocspLint(result.getKey()).orElseThrow();
            add(findings, lint.metadata(), result.getValue());
        }
        findings.sort(CertificateLints.BY_SEVERITY);
        return findings;
    }

    /** RFC 6960 4.2.2.2: a responder certificate in the response, issued by the CA's key, with id-kp-OCSPSigning. */
    private static boolean signedByDelegate(byte[] der, OcspResponseView view, CertificateView issuer) {
        try {
            BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(der).getResponseObject();
            for (X509CertificateHolder holder : basic.getCerts()) {
                CertificateView responder = CertificateParser.parseDer(holder.getEncoded());
                if (Signatures.verifies(responder, issuer.publicKeyInfo())
                        && responder.extendedKeyUsages().contains(org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_OCSPSigning)
                        && view.signedBy(responder.publicKeyInfo())) {
                    return true;
                }
            }
        } catch (java.io.IOException | CertificateParseException | org.bouncycastle.cert.ocsp.OCSPException | RuntimeException e) {
            LOG.debugf(e, "no usable responder certificate in the OCSP response");
        }
        return false;
    }

    private void insertOcspEntries(long responseId, List<OcspResponseView.SingleResponse> responses) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into ocsp_entry (response_id, serialHex, certStatus,"
                    + " revokedAt, reasonCode, thisUpdate, nextUpdate) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (OcspResponseView.SingleResponse single : responses) {
                    insert.setLong(1, responseId);
                    insert.setString(2, serialHex(single.serialNumber()));
                    insert.setString(3, single.certStatus().name().toLowerCase());
                    insert.setObject(4, single.revocationTime() == null ? null : OffsetDateTime.ofInstant(single.revocationTime(), ZoneOffset.UTC));
                    if (single.revocationReason() == null) {
                        insert.setNull(5, Types.INTEGER);
                    } else {
                        insert.setInt(5, single.revocationReason());
                    }
                    insert.setObject(6, OffsetDateTime.ofInstant(single.thisUpdate(), ZoneOffset.UTC));
                    insert.setObject(7, single.nextUpdateOrNull() == null ? null : OffsetDateTime.ofInstant(single.nextUpdateOrNull(), ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** A CA certificate on file, parsed, with the hashes an OCSP CertID names its issuer by. */
    private record CaCandidate(StoredCertificate certificate, CertificateView view, Map<String, byte[][]> hashes) {
        boolean names(OcspResponseView.SingleResponse single) {
            byte[][] pair = hashes.computeIfAbsent(single.hashAlgorithmOid(), oid -> {
                String algorithm = DIGESTS.get(oid);
                if (algorithm == null) {
                    return null;
                }
                return new byte[][] {digest(algorithm, view.subject().toASN1Primitive()),
                        digest(algorithm, view.publicKeyInfo().getPublicKeyData().getBytes())};
            });
            return pair != null && MessageDigest.isEqual(pair[0], single.issuerNameHash())
                    && MessageDigest.isEqual(pair[1], single.issuerKeyHash());
        }
    }

    private static final Map<String, String> DIGESTS = Map.of("1.3.14.3.2.26", "SHA-1", "2.16.840.1.101.3.4.2.1", "SHA-256",
            "2.16.840.1.101.3.4.2.2", "SHA-384", "2.16.840.1.101.3.4.2.3", "SHA-512");

    private static byte[] digest(String algorithm, Object input) {
        try {
            byte[] bytes = input instanceof byte[] raw ? raw
                    : ((org.bouncycastle.asn1.ASN1Primitive) input).getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CaCandidate> caCandidates() {
        List<CaCandidate> candidates = new ArrayList<>();
        for (StoredCertificate certificate : StoredCertificate.<StoredCertificate>list("caCertificate", true)) {
            try {
                candidates.add(new CaCandidate(certificate, CertificateView.of(certificate.der), new LinkedHashMap<>()));
            } catch (CertificateParseException e) {
                // a CA certificate on file that does not parse strictly cannot be anyone's verified issuer
            }
        }
        return candidates;
    }

    // ---------------------------------------------------------------- issuers

    private static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }

    private record Issuer(StoredCertificate certificate) {
    }

    /**
     * The certificate on file whose subject is {@code name} and whose key verifies the signature: matched by name and key,
     * so that a CRL signed by another key with the same name (a re-keyed CA, or a forgery) is no source for its certificates.
     */
    private static Issuer issuerOf(org.bouncycastle.asn1.x500.X500Name name, java.util.function.Predicate<SubjectPublicKeyInfo> signedBy,
            String what) throws Refusal {
        List<StoredCertificate> named = StoredCertificate.list("subjectNameHash", CorpusKeys.nameHash(name));
        if (named.isEmpty()) {
            throw new Refusal("no certificate on file has the subject " + name + " (the " + what + "'s issuer): upload the issuer"
                    + " certificate first, so that the signature can be checked");
        }
        for (StoredCertificate candidate : named) {
            try {
                if (signedBy.test(CertificateView.of(candidate.der).publicKeyInfo())) {
                    return new Issuer(candidate);
                }
            } catch (CertificateParseException e) {
                // not a usable issuer
            }
        }
        throw new Refusal("the " + what + "'s signature does not verify under the key of any of the " + named.size()
                + " certificate(s) on file named " + name + ": it is not signed by an issuer on file");
    }

    static String sha256(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
