package org.casebook.analysis.lints.support;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.casebook.analysis.CertificateView;

/** The subtrees of a name constraints extension as encoded (RFC 5280 4.2.1.10). */
public final class NameConstraintsFields {

    /** One GeneralSubtree: the base name and the minimum/maximum fields when encoded. */
    public record Subtree(boolean permitted, Der base, Der minimum, Der maximum) {
    }

    private NameConstraintsFields() {
    }

    /** Null when the extension is absent or unreadable. */
    public static List<Subtree> of(CertificateView certificate) {
        Der value = RawCertificate.extensionValue(certificate, Extension.nameConstraints);
        if (value == null) {
            return null;
        }
        try {
            List<Subtree> out = new ArrayList<>();
            for (Der subtrees : value.children()) {
                boolean permitted = subtrees.isContext(0);
                for (Der subtree : subtrees.children()) {
                    List<Der> parts = subtree.children();
                    Der minimum = null;
                    Der maximum = null;
                    for (int i = 1; i < parts.size(); i++) {
                        if (parts.get(i).isContext(0)) {
                            minimum = parts.get(i);
                        } else if (parts.get(i).isContext(1)) {
                            maximum = parts.get(i);
                        }
                    }
                    out.add(new Subtree(permitted, parts.get(0), minimum, maximum));
                }
            }
            return out;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
