package org.casebook.analysis.corpus;

import java.util.ArrayList;
import java.util.List;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;

@LintSpec(code = "n_cross_signature",
        description = "Another certificate on file has the same subject and public key but a different issuer: the key is "
                + "certified twice, e.g. a root cross-signed by another CA. Trust decisions about either must follow both paths.",
        citation = "Mozilla Root Store Policy: 5.3 (cross-certificates must be disclosed)", source = LintSource.CORPUS)
public class CrossSignature extends CorpusCheck {

    @Override
    protected LintResult check(CertificateView certificate, CorpusContext context) {
        String issuerNameHash = CorpusKeys.issuerNameHash(certificate);
        String aki = CorpusKeys.authorityKeyId(certificate);
        List<CorpusCertificate> others = crossCertificates(certificate.sha256Hex(), issuerNameHash, aki,
                context.lookup().withSubjectAndKey(CorpusKeys.subjectNameHash(certificate), CorpusKeys.spkiSha256(certificate)));
        if (others.isEmpty()) {
            return LintResult.PASS;
        }
        List<String> described = new ArrayList<>();
        for (CorpusCertificate other : others) {
            described.add("issued by " + other.issuer() + " (certificate " + other.sha256() + ", serial " + other.serialHex()
                    + ", valid to " + other.notAfter() + ")");
        }
        return finding("this subject and key are also certified " + String.join("; ", described));
    }

    /** Certificates of the same subject and key whose issuer differs by name, or by key when both name it. */
    public static List<CorpusCertificate> crossCertificates(String sha256, String issuerNameHash, String authorityKeyId,
            List<CorpusCertificate> sameSubjectAndKey) {
        List<CorpusCertificate> out = new ArrayList<>();
        for (CorpusCertificate other : sameSubjectAndKey) {
            if (other.sha256().equals(sha256)) {
                continue;
            }
            boolean otherName = !other.issuerNameHash().equals(issuerNameHash);
            boolean otherKey = authorityKeyId != null && other.authorityKeyId() != null
                    && !authorityKeyId.equalsIgnoreCase(other.authorityKeyId());
            if (otherName || otherKey) {
                out.add(other);
            }
        }
        return out;
    }
}
