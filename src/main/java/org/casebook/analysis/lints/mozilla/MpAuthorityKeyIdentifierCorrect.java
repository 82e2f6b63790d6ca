package org.casebook.analysis.lints.mozilla;

import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.DerElements;

@LintSpec(code = "e_mp_authority_key_identifier_correct",
        description = "The authority key identifier must not give both a key identifier and the issuer's issuer name and serial.",
        citation = "Mozilla Root Store Policy 5.2", source = LintSource.MOZILLA, effective = LintDates.MOZILLA_POLICY_2_2)
public class MpAuthorityKeyIdentifierCorrect extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.authorityKeyIdentifier);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        byte[] der = certificate.extension(Extension.authorityKeyIdentifier).getExtnValue().getOctets();
        DerElements.Element identifier = DerElements.whole(der);
        List<DerElements.Element> fields = identifier == null ? null : DerElements.children(der, identifier);
        if (fields == null) {
            return LintResult.error("the authority key identifier cannot be decoded");
        }
        boolean keyId = false;
        boolean issuerName = false;
        for (DerElements.Element field : fields) {
            boolean nonEmpty = field.end() > field.contentStart();
            keyId |= (field.tag() & 0x1f) == 0 && nonEmpty;
            issuerName |= (field.tag() & 0x1f) == 1 && nonEmpty;
        }
        return keyId && issuerName
                ? LintResult.error("the authority key identifier has both keyIdentifier and authorityCertIssuer") : LintResult.PASS;
    }
}
