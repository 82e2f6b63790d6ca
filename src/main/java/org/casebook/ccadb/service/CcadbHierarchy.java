package org.casebook.ccadb.service;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ccadb.CcadbCertificate;
import org.casebook.ccadb.service.AuditClocks.ClockFinding;

/** What the CA page shows from the CCADB: the hierarchy, the audit clock findings, the same keys in other CAs' hierarchies. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class CcadbHierarchy {

    @Inject
    AuditClocks clocks;

    @Inject
    CrossCertificates crossCertificates;

    /** {@code empty()} when the CCADB has told Casebook nothing of this CA. */
    public record CcadbView(List<CcadbCertificate> certificates, List<ClockFinding> auditFindings, List<CcadbCertificate> sameKeyElsewhere) {
        public boolean empty() {
            return certificates.isEmpty() && auditFindings.isEmpty();
        }

        public List<CcadbCertificate> roots() {
            return certificates.stream().filter(CcadbCertificate::root).toList();
        }

        public List<CcadbCertificate> intermediates() {
            return certificates.stream().filter(c -> !c.root()).toList();
        }
    }

    public CcadbView of(CertificationAuthority ca) {
        return new CcadbView(CcadbCertificate.forCa(ca), clocks.findings(ca), crossCertificates.ofOtherCas(ca));
    }
}
