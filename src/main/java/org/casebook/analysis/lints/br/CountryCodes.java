package org.casebook.analysis.lints.br;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes as the JDK knows them, plus XX, which the BRs allow for "no country". */
final class CountryCodes {

    private static final Set<String> CODES = codes();

    private CountryCodes() {
    }

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XX");
        return Set.copyOf(codes);
    }

    static boolean isIso3166(String code) {
        return CODES.contains(code);
    }
}
