package org.casebook.analysis.lints.support;

import java.util.List;

/** Reading an AlgorithmIdentifier as encoded: the parameters field may be absent, NULL, or something else. */
public final class AlgorithmParameters {

    private AlgorithmParameters() {
    }

    /** True when the AlgorithmIdentifier's parameters are present and an encoded NULL. */
    public static boolean isNull(Der algorithmIdentifier) {
        List<Der> parts = algorithmIdentifier.children();
        return parts.size() == 2 && parts.get(1).isUniversal(Der.NULL) && parts.get(1).content().length == 0;
    }

    public static String describe(Der algorithmIdentifier) {
        List<Der> parts = algorithmIdentifier.children();
        if (parts.size() < 2) {
            return "absent";
        }
        return parts.size() > 2 ? "followed by extra fields" : "an ASN.1 value with tag " + parts.get(1).tagNumber() + " instead of NULL";
    }
}
