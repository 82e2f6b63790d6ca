package org.casebook.ccadb.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ccadb.CcadbCertificate;

/**
 * CA certificates of one owner with the subject and key of another owner's: the CCADB gives each record's name and
 * subject key identifier, so two records of different CAs sharing both are one CA key certified twice, a cross-sign.
 * (When the certificates themselves are on file, the case page's proposed cross-signs show them from the DER.)
 */
@ApplicationScoped
public class CrossCertificates {

    /** The cross-certificates that records created by an import take part in, each group once; {@code all}: every record on file. */
    List<ImportSummary.CrossCertificate> among(java.util.Collection<CcadbCertificate> all, List<CcadbCertificate> created) {
        java.util.Map<String, Set<String>> casByKey = new java.util.HashMap<>();
        for (CcadbCertificate record : all) {
            if (record.subjectKeyId != null) {
                casByKey.computeIfAbsent(key(record), k -> new java.util.TreeSet<>()).add(record.ca.slug);
            }
        }
        List<ImportSummary.CrossCertificate> found = new ArrayList<>();
        Set<String> reported = new java.util.HashSet<>();
        for (CcadbCertificate record : created) {
            if (record.subjectKeyId != null && casByKey.get(key(record)).size() > 1 && reported.add(key(record))) {
                found.add(new ImportSummary.CrossCertificate(record.name, record.subjectKeyId, List.copyOf(casByKey.get(key(record)))));
            }
        }
        return found;
    }

    /** Records of other CAs with the same name and subject key identifier as one of this CA's records. */
    public List<CcadbCertificate> ofOtherCas(CertificationAuthority ca) {
        return CcadbCertificate.getEntityManager().createQuery("select distinct o from CcadbCertificate o, CcadbCertificate m where m.ca = ?1"
                + " and o.ca <> ?1 and o.subjectKeyId = m.subjectKeyId and lower(o.name) = lower(m.name) order by o.name", CcadbCertificate.class)
                .setParameter(1, ca).getResultList();
    }

    private static String key(CcadbCertificate record) {
        return record.subjectKeyId + "|" + record.name.toLowerCase(Locale.ROOT);
    }
}
