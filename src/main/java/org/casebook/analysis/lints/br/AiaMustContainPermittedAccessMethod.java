package org.casebook.analysis.lints.br;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintDates;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.CertificateRoles;

@LintSpec(code = "e_aia_must_contain_permitted_access_method",
        description = "A subscriber certificate's AIA may only hold OCSP and caIssuers entries, each located by a URI.",
        citation = "BRs: 7.1.2.7.7", source = LintSource.CABF_BR, effective = LintDates.BR_2_0_0)
public class AiaMustContainPermittedAccessMethod extends CertificateLint {

    @Override
    protected boolean applies(CertificateView certificate) {
        return certificate.hasExtension(Extension.authorityInfoAccess) && CertificateRoles.isSubscriber(certificate);
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        ASN1Primitive value = certificate.extensionValue(Extension.authorityInfoAccess);
        if (!(value instanceof ASN1Sequence entries)) {
            return LintResult.error("the AIA extension cannot be decoded");
        }
        for (ASN1Encodable entry : entries) {
            ASN1Sequence description = ASN1Sequence.getInstance(entry);
            ASN1ObjectIdentifier method = ASN1ObjectIdentifier.getInstance(description.getObjectAt(0));
            ASN1Encodable location = description.getObjectAt(1);
            int tag = location instanceof ASN1TaggedObject tagged ? tagged.getTagNo() : -1;
            if (tag != GeneralName.uniformResourceIdentifier) {
                return LintResult.error("an AIA access location is a GeneralName of tag " + tag + ", not a URI");
            }
            if (!method.equals(AccessDescription.id_ad_ocsp) && !method.equals(AccessDescription.id_ad_caIssuers)) {
                return LintResult.error("the AIA has an entry with access method " + method.getId());
            }
        }
        return LintResult.PASS;
    }
}
