package org.casebook.analysis.lints.crl;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.revocation.CrlLint;
import org.casebook.analysis.revocation.CrlView;
import org.casebook.analysis.revocation.RevocationExtension;

@LintSpec(code = "e_crl_auth_key_id_only_contains_keyid", description = "A CRL's authorityKeyIdentifier holds a keyIdentifier and nothing else (no authorityCertIssuer, no authorityCertSerialNumber)",
        citation = "BRs: 7.2.2", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_1)
public class CrlAuthKeyIdOnlyContainsKeyid extends CrlLint {

    @Override
    protected LintResult check(CrlView crl) {
        for (RevocationExtension extension : crl.extensions()) {
            if (!extension.oid().equals(CrlView.AUTHORITY_KEY_IDENTIFIER)) {
                continue;
            }
            ASN1Sequence fields;
            try {
                if (!(ASN1Primitive.fromByteArray(extension.value()) instanceof ASN1Sequence sequence)) {
                    return LintResult.error("the authorityKeyIdentifier is not a SEQUENCE");
                }
                fields = sequence;
            } catch (IOException e) {
                return LintResult.error("the authorityKeyIdentifier cannot be decoded: " + e.getMessage());
            }
            boolean keyIdentifier = false;
            for (ASN1Encodable field : fields) {
                if (!(field instanceof ASN1TaggedObject tagged)) {
                    return LintResult.error("the authorityKeyIdentifier holds an untagged field");
                }
                if (tagged.getTagNo() == 0) {
                    keyIdentifier = true;
                } else {
                    return LintResult.error("the authorityKeyIdentifier holds authorityCertIssuer or authorityCertSerialNumber");
                }
            }
            if (!keyIdentifier) {
                return LintResult.error("the authorityKeyIdentifier has no keyIdentifier");
            }
        }
        return LintResult.PASS;
    }
}
