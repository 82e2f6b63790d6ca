package org.casebook.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.search.CertificateNames;
import org.casebook.search.NameKind;
import org.casebook.search.SearchQuery;
import org.casebook.search.SearchQuery.DnsMatch;

/**
 * Certificates by SHA-256 (or a prefix), serial, DNS name, IP address, subject and issuer words: every query an
 * index range read of at most one page's worth of rows (the SHA-256 column's unique index, or {@code certificate_name}),
 * so its cost does not grow with the number of certificates on file.
 * <p>
 * Each reading of the query is a source of matches in its index's order; the page is their concatenation without
 * repeats. Reading {@link Paging#enough()} rows of each source decides the page exactly: a source cut short there
 * alone holds that many distinct certificates.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CertificateSearch implements SearchKind {

    @Inject
    EntityManager em;

    /** One certificate found, as the JSON lists it. */
    public record CertificateHit(String sha256, String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
            String url, String matched) implements SearchHit {

        @Override
        public String heading() {
            return subject;
        }

        @Override
        public String detail() {
            return "issued by " + issuer + " · serial " + serial + " · " + notBefore + " to " + notAfter;
        }
    }

    /** A match from one source: the certificate and why. */
    private record Match(long certificateId, String reason) {
    }

    /** One reading of the query: an SQL query returning (certificate id, matched name) in index order. */
    record Source(String sql, List<Object> parameters, java.util.function.Function<String, String> reason) {
    }

    @Override
    public String group() {
        return "certificates";
    }

    @Override
    public String title() {
        return "Certificates";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Found find(SearchQuery query, Paging paging) {
        Map<Long, String> reasons = new LinkedHashMap<>();
        for (Source source : sources(query)) {
            read(source, paging, reasons);
        }
        if (searchesWords(query)) {
            for (Source source : issuerSources(query.words())) {
                // the sources are concatenated in order: once a page and one more are found, later ones cannot change it
                if (reasons.size() >= paging.enough()) {
                    break;
                }
                read(source, paging, reasons);
            }
        }
        List<Long> ids = new ArrayList<>(reasons.keySet());
        int from = Math.min(paging.offset(), ids.size());
        int to = Math.min(from + paging.size(), ids.size());
        List<Long> page = ids.subList(from, to);
        Map<Long, Object[]> rows = new HashMap<>();
        if (!page.isEmpty()) {
            em.createQuery("select c.id, c.sha256, c.subject, c.issuer, c.serialHex, c.notBefore, c.notAfter from StoredCertificate c"
                    + " where c.id in ?1", Object[].class).setParameter(1, page).getResultList().forEach(r -> rows.put((Long) r[0], r));
        }
        List<CertificateHit> hits = new ArrayList<>();
        for (Long id : page) {
            Object[] r = rows.get(id);
            if (r != null) {
                String sha256 = (String) r[1];
                hits.add(new CertificateHit(sha256, (String) r[2], (String) r[3], (String) r[4], (Instant) r[5], (Instant) r[6],
                        "/certificates/" + sha256, explain(reasons.get(id), (String) r[4], query)));
            }
        }
        return new Found(hits, ids.size() > to);
    }

    private Query query(Source source) {
        Query sql = em.createNativeQuery(source.sql());
        for (int i = 0; i < source.parameters().size(); i++) {
            sql.setParameter(i + 1, source.parameters().get(i));
        }
        return sql;
    }

    private void read(Source source, Paging paging, Map<Long, String> reasons) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(source).setMaxResults(paging.enough()).getResultList();
        for (Object[] row : rows) {
            reasons.putIfAbsent(((Number) row[0]).longValue(), source.reason().apply((String) row[1]));
        }
    }

    /**
     * The certificates whose issuer has every word: the issuer names with them ({@code issuer_name_word}, one row per
     * word and issuer name), then each one's certificates in id order, one source per issuer name.
     */
    private List<Source> issuerSources(List<String> words) {
        @SuppressWarnings("unchecked")
        List<Object> hashes = query(issuerNames(words)).setMaxResults(MAX_ISSUER_NAMES).getResultList();
        String reason = contains("issuer", words);
        return hashes.stream().map(hash -> issuerCertificates((String) hash, reason)).toList();
    }

    /** The serial reason names the serial as stored, so that a match across leading zeros shows. */
    private static String explain(String reason, String serialHex, SearchQuery query) {
        if (!reason.equals(SERIAL_REASON)) {
            return reason;
        }
        String typed = query.text().replaceAll("[:\\s]", "").toUpperCase(java.util.Locale.ROOT);
        return "serial number " + serialHex + (typed.equals(serialHex) ? "" : " (leading zeros and separators ignored)");
    }

    /** Words of a subject or issuer query that must all match; the longest are kept (a name has few more). */
    static final int MAX_WORDS = 8;
    /** Issuer names a word query reads the certificates of, at most (a page is filled long before on real data). */
    static final int MAX_ISSUER_NAMES = 10_000;
    private static final String SERIAL_REASON = "\u0000serial";
    /*
     * Every name read is ordered by the whole index key, though kind and name are fixed by the WHERE: H2 only reads rows
     * in index order (and stops at the page) when the ORDER BY names the index's leading columns; ordered by
     * certificate_id alone it sorts every match first (70% of a corpus share an issuer's words). PostgreSQL drops the
     * fixed columns from the order by itself.
     */
    private static final String BY_NAME = "select certificate_id, name from certificate_name where kind = ?1 and name = ?2"
            + " order by kind, name, certificate_id";

    /** The index reads a query makes (package-private for the query plan tests). */
    static List<Source> sources(SearchQuery query) {
        List<Source> sources = new ArrayList<>();
        String sha = query.sha256Prefix();
        if (sha != null) {
            sources.add(sha.length() == 64
                    ? new Source("select id, sha256 from certificate where sha256 = ?1", List.of(sha), name -> "SHA-256")
                    // a range on the unique index: every hex SHA-256 with the prefix sorts between it and prefix+"g"
                    : new Source("select id, sha256 from certificate where sha256 >= ?1 and sha256 < ?2 order by sha256",
                            List.of(sha, sha + "g"), name -> "SHA-256 starts with " + sha));
        }
        if (query.serial() != null) {
            sources.add(byName(NameKind.SERIAL, query.serial(), name -> SERIAL_REASON));
        }
        if (query.ipAddress() != null) {
            sources.add(byName(NameKind.IP, query.ipAddress(), name -> "IP address " + name));
        }
        SearchQuery.DnsQuery dns = query.dns();
        if (dns != null) {
            String name = dns.name();
            sources.add(byName(NameKind.DNS, name, found -> dns.match() == DnsMatch.WILDCARD ? "wildcard DNS name " + found : "DNS name " + found));
            int dot = name.indexOf('.');
            if (dns.match() == DnsMatch.EXACT && dot > 0 && name.indexOf('.', dot + 1) > 0) {
                String wildcard = "*" + name.substring(dot);
                sources.add(byName(NameKind.DNS, wildcard, found -> "wildcard DNS name " + found + " covers " + name));
            }
            if (dns.match() == DnsMatch.UNDER) {
                String prefix = CertificateNames.reversedLabels(name) + ".";
                String like = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
                sources.add(new Source("select certificate_id, name from certificate_name where reversed like ?1 escape '!'"
                        + " order by reversed, certificate_id", List.of(like), found -> "DNS name " + found + " (under " + name + ")"));
            }
        }
        if (searchesWords(query)) {
            sources.add(subjectWords(query.words()));
        }
        return sources;
    }

    /** Whether the query is read as words of subjects and issuers (not a DNS name or IP address). */
    static boolean searchesWords(SearchQuery query) {
        return query.dns() == null && query.ipAddress() == null && !query.words().isEmpty();
    }

    /** Issuer names (hashes) with every word, in hash order; driven by the longest word. */
    static Source issuerNames(List<String> words) {
        List<String> ordered = longestFirst(words);
        StringBuilder sql = new StringBuilder("select distinct w.issuerNameHash from issuer_name_word w where w.word = ?1");
        List<Object> parameters = new ArrayList<>(List.of(ordered.get(0)));
        for (int i = 1; i < ordered.size(); i++) {
            sql.append(" and exists (select 1 from issuer_name_word w").append(i).append(" where w").append(i)
                    .append(".issuerNameHash = w.issuerNameHash and w").append(i).append(".word = ?").append(i + 1).append(")");
            parameters.add(ordered.get(i));
        }
        sql.append(" order by w.issuerNameHash");
        return new Source(sql.toString(), parameters, hash -> hash);
    }

    /** One issuer name's certificates in id order (ix_certificate_issuer_id). */
    static Source issuerCertificates(String issuerNameHash, String reason) {
        return new Source("select id, issuer from certificate where issuerNameHash = ?1 order by issuerNameHash, id",
                List.of(issuerNameHash), issuer -> reason);
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> ordered = new ArrayList<>(words);
        ordered.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return ordered.subList(0, Math.min(ordered.size(), MAX_WORDS));
    }

    private static Source byName(NameKind kind, String name, java.util.function.Function<String, String> reason) {
        return new Source(BY_NAME, List.of(kind.name(), name), reason);
    }

    /** Certificates whose subject has every word; driven by the longest word, likely the rarest. */
    private static Source subjectWords(List<String> words) {
        NameKind kind = NameKind.SUBJECT;
        List<String> ordered = longestFirst(words);
        StringBuilder sql = new StringBuilder("select n.certificate_id, n.name from certificate_name n where n.kind = ?1 and n.name = ?2");
        List<Object> parameters = new ArrayList<>(List.of(kind.name(), ordered.get(0)));
        for (int i = 1; i < ordered.size(); i++) {
            int p = parameters.size() + 1;
            sql.append(" and exists (select 1 from certificate_name m").append(i).append(" where m").append(i)
                    .append(".certificate_id = n.certificate_id and m").append(i).append(".kind = ?").append(p)
                    .append(" and m").append(i).append(".name = ?").append(p + 1).append(")");
            parameters.add(kind.name());
            parameters.add(ordered.get(i));
        }
        sql.append(" order by n.kind, n.name, n.certificate_id");
        String reason = contains("subject", words);
        return new Source(sql.toString(), parameters, found -> reason);
    }

    /** Why a certificate matched a word query: "subject contains the words quixotic widgets". */
    private static String contains(String which, List<String> words) {
        return which + " contains " + (words.size() == 1 ? "the word " : "the words ") + String.join(" ", words);
    }
}
