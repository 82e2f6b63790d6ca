package org.casebook.analysis.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.analysis.CertificateView;

/** A corpus in a list, answering the lookup questions by filtering: for testing the pure checks. */
final class InMemoryCorpus implements CorpusLookup {

    private final List<CorpusCertificate> certificates = new ArrayList<>();
    private final Map<String, CaJurisdiction> cas = new HashMap<>();
    private final Map<String, CaJurisdiction> evidence = new HashMap<>();

    InMemoryCorpus add(CertificateView... views) {
        for (CertificateView view : views) {
            add(view, null);
        }
        return this;
    }

    InMemoryCorpus add(CertificateView view, CaJurisdiction ca) {
        certificates.add(new CorpusCertificate(view.sha256Hex(), view.subject().toString(), view.issuer().toString(), view.serialHex(),
                view.notBefore(), view.notAfter(), view.isPrecertificate(), view.isCa(), CorpusKeys.issuerNameHash(view),
                CorpusKeys.subjectNameHash(view), CorpusKeys.spkiSha256(view), CorpusKeys.authorityKeyId(view),
                view.subjectKeyIdentifier() == null ? null : java.util.HexFormat.of().formatHex(view.subjectKeyIdentifier()),
                view.der(), ca));
        if (ca != null) {
            cas.put(ca.slug(), ca);
        }
        return this;
    }

    InMemoryCorpus ca(CaJurisdiction ca) {
        cas.put(ca.slug(), ca);
        return this;
    }

    CorpusContext context(String caSlug) {
        return CorpusContext.of(this, caSlug);
    }

    CorpusContext context() {
        return context(null);
    }

    @Override
    public List<CorpusCertificate> withIssuerAndSerial(String issuerNameHash, String serialHex) {
        return certificates.stream().filter(c -> c.issuerNameHash().equals(issuerNameHash) && c.serialHex().equals(serialHex)).toList();
    }

    @Override
    public List<CorpusCertificate> withSubjectAndKey(String subjectNameHash, String spkiSha256) {
        return certificates.stream().filter(c -> c.subjectNameHash().equals(subjectNameHash) && c.spkiSha256().equals(spkiSha256)).toList();
    }

    @Override
    public List<CorpusCertificate> withSubject(String subjectNameHash, int limit) {
        return certificates.stream().filter(c -> c.subjectNameHash().equals(subjectNameHash)).limit(limit).toList();
    }

    @Override
    public List<Instant> notBeforesExpiringAt(String issuerNameHash, Instant notAfter, int limit) {
        return certificates.stream().filter(c -> c.issuerNameHash().equals(issuerNameHash) && c.notAfter().equals(notAfter))
                .map(CorpusCertificate::notBefore).limit(limit).distinct().toList();
    }

    @Override
    public Optional<Integer> widestSerialBits(String issuerNameHash) {
        return certificates.stream().filter(c -> c.issuerNameHash().equals(issuerNameHash))
                .map(c -> CorpusKeys.serialBits(c.serialHex())).max(Integer::compare);
    }

    @Override
    public int countSerialsOfBits(String issuerNameHash, int minBits, int maxBits, int limit) {
        return (int) certificates.stream().filter(c -> c.issuerNameHash().equals(issuerNameHash))
                .map(c -> CorpusKeys.serialBits(c.serialHex())).filter(b -> b >= minBits && b <= maxBits).limit(limit).count();
    }

    @Override
    public Optional<CaJurisdiction> caOfEvidence(String sha256) {
        return Optional.ofNullable(evidence.get(sha256));
    }

    /** Files the certificate as evidence for an issue of the CA. */
    InMemoryCorpus evidence(CertificateView view, CaJurisdiction ca) {
        evidence.put(view.sha256Hex(), ca);
        cas.put(ca.slug(), ca);
        return this;
    }

    @Override
    public Optional<CaJurisdiction> ca(String slug) {
        return Optional.ofNullable(cas.get(slug));
    }
}
