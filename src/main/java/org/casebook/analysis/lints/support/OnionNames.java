package org.casebook.analysis.lints.support;

import java.util.List;

/** Tor hidden-service names: version 2 (16 base32 characters) and version 3 (56 characters). */
public final class OnionNames {

    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    private OnionNames() {
    }

    /** A name ending in "onion" whose first label is a 16-character lowercase base32 string. */
    public static boolean isVersion2(String name) {
        if (!name.endsWith("onion")) {
            return false;
        }
        List<String> labels = DomainNames.labels(name);
        return labels.size() >= 2 && labels.get(0).length() == 16 && isBase32(labels.get(0));
    }

    private static boolean isBase32(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (BASE32.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
