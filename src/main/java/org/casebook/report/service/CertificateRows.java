package org.casebook.report.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casebook.chart.ChartCertificate;
import org.casebook.evidence.service.StoredCorpusFindings;

/**
 * The columns the charts and the corpus report read of stored certificates, by native queries that never load
 * the DER: the evidence of one issue, or the corpus of one CA (its own certificates, the certificates its
 * stored certificates issued, and those whose issuer name is the subject of one of its CA certificates).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CertificateRows {

    /** One stored certificate as the report reads it; {@code latestSct} is null without embedded SCTs. */
    public record Row(long id, String sha256, String issuer, String issuerNameHash, String serialHex, Instant notBefore, Instant notAfter,
            Instant latestSct) {

        public ChartCertificate chart() {
            return new ChartCertificate(sha256, notBefore, notAfter, latestSct);
        }
    }

    private static final String CORPUS = "(c.ca_id = ?1 or c.issuerCa_id = ?1 or c.issuerNameHash in"
            + " (select o.subjectNameHash from certificate o where o.ca_id = ?1 and o.caCertificate = true))";

    /** Every certificate filed as evidence for the issue. */
    public List<Row> evidence(long issueId) {
        return rows("evidence_link l join certificate c on c.id = l.certificate_id", "l.issue_id = ?1", issueId);
    }

    /** Every certificate in the CA's corpus, in id order. */
    public List<Row> corpus(long caId) {
        return rows("certificate c", CORPUS, caId);
    }

    /** How many certificates the CA's corpus holds. */
    public long corpusSize(long caId) {
        return ((Number) Panache.getEntityManager().createNativeQuery("select count(*) from certificate c where " + CORPUS)
                .setParameter(1, caId).getSingleResult()).longValue();
    }

    /**
     * What the CA's corpus report depends on, as one string: how many certificates are stored and the highest id,
     * how many are analysed with the current corpus checks and linted with the current lints, the arrivals counter,
     * and who the CA's own and issued certificates are. A report made while it read the same is still true.
     */
    public String corpusStamp(long caId, String corpusFingerprint, String lintFingerprint) {
        var em = Panache.getEntityManager();
        Object[] counts = (Object[]) em.createNativeQuery("select count(*), coalesce(max(c.id), 0),"
                + " sum(case when c.corpusVersion = ?2 then 1 else 0 end), sum(case when c.lintSetVersion = ?3 then 1 else 0 end),"
                + " sum(case when c.ca_id = ?1 then c.id else 0 end), sum(case when c.issuerCa_id = ?1 then c.id else 0 end) from certificate c")
                .setParameter(1, caId).setParameter(2, corpusFingerprint).setParameter(3, lintFingerprint).getSingleResult();
        Object arrivals = em.createNativeQuery("select arrivals from corpus_state where id = 1").getSingleResult();
        StringBuilder stamp = new StringBuilder();
        for (Object count : counts) {
            stamp.append(count == null ? 0 : ((Number) count).longValue()).append('/');
        }
        return stamp.append(arrivals).append('/').append(corpusFingerprint).append('/').append(lintFingerprint).toString();
    }

    /** The stored per-certificate findings (code and severity) of the CA's corpus, by certificate id. */
    public Map<Long, List<String[]>> corpusLintFindings(long caId) {
        return lintFindings("certificate c", CORPUS, caId);
    }

    /** The stored per-certificate findings (code and severity) of the issue's evidence, by certificate id. */
    public Map<Long, List<String[]>> evidenceLintFindings(long issueId) {
        return lintFindings("evidence_link l join certificate c on c.id = l.certificate_id", "l.issue_id = ?1", issueId);
    }

    private static Map<Long, List<String[]>> lintFindings(String from, String where, long parameter) {
        Map<Long, List<String[]>> out = new HashMap<>();
        for (Object row : Panache.getEntityManager().createNativeQuery("select f.certificate_id, f.code, f.severity from " + from
                + " join certificate_finding f on f.certificate_id = c.id where " + where).setParameter(1, parameter).getResultList()) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new String[] {(String) r[1], (String) r[2]});
        }
        return out;
    }

    private static List<Row> rows(String from, String where, long parameter) {
        var em = Panache.getEntityManager();
        Map<Long, Instant> latestSct = new HashMap<>();
        for (Object row : em.createNativeQuery("select s.certificate_id, max(s.timestamp) from " + from
                + " join certificate_sct s on s.certificate_id = c.id where " + where + " group by s.certificate_id")
                .setParameter(1, parameter).getResultList()) {
            Object[] r = (Object[]) row;
            latestSct.put(((Number) r[0]).longValue(), StoredCorpusFindings.instant(r[1]));
        }
        List<Row> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("select distinct c.id, c.sha256, c.issuer, c.issuerNameHash, c.serialHex, c.notBefore, c.notAfter from "
                + from + " where " + where + " order by c.id").setParameter(1, parameter).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            rows.add(new Row(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], StoredCorpusFindings.instant(r[5]),
                    StoredCorpusFindings.instant(r[6]), latestSct.get(id)));
        }
        return rows;
    }
}
