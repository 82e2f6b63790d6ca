package org.casebook.ccadb.service;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casebook.ca.CertificationAuthority;

/**
 * The CAs of one import, found by the CCADB's owner name (case and spacing aside) or created with a slug made from
 * it. Loaded once per import: a report of thousands of rows asks the database for CAs one time.
 */
final class CcadbOwners {

    private static final Map<String, String> COUNTRY_CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            COUNTRY_CODES.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        // Names the CCADB writes differently from Java's English names.
        COUNTRY_CODES.put("united states of america", "US");
        COUNTRY_CODES.put("usa", "US");
        COUNTRY_CODES.put("uk", "GB");
        COUNTRY_CODES.put("korea, republic of", "KR");
        COUNTRY_CODES.put("republic of korea", "KR");
        COUNTRY_CODES.put("south korea", "KR");
        COUNTRY_CODES.put("czech republic", "CZ");
        COUNTRY_CODES.put("turkey", "TR");
        COUNTRY_CODES.put("taiwan, province of china", "TW");
        COUNTRY_CODES.put("hong kong sar", "HK");
    }

    private final Map<String, CertificationAuthority> byName = new HashMap<>();
    private final Set<String> slugs = new HashSet<>();
    private final Set<CertificationAuthority> created = new HashSet<>();

    CcadbOwners() {
        for (CertificationAuthority ca : CertificationAuthority.<CertificationAuthority>listAll()) {
            byName.putIfAbsent(key(ca.name), ca);
            slugs.add(ca.slug);
        }
    }

    CertificationAuthority existing(String owner) {
        return byName.get(key(owner));
    }

    /** The CA of this owner, created (and counted as such by the caller) when none has its name. */
    CertificationAuthority ca(String owner) {
        CertificationAuthority ca = byName.get(key(owner));
        if (ca != null) {
            return ca;
        }
        ca = new CertificationAuthority();
        ca.name = owner.strip().length() > 512 ? owner.strip().substring(0, 512) : owner.strip();
        ca.slug = uniqueSlug(owner);
        ca.persist();
        byName.put(key(owner), ca);
        slugs.add(ca.slug);
        created.add(ca);
        return ca;
    }

    boolean createdNow(CertificationAuthority ca) {
        return created.contains(ca);
    }

    private String uniqueSlug(String owner) {
        String base = Normalizer.normalize(owner, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 56) {
            base = base.substring(0, 56).replaceAll("-+$", "");
        }
        if (base.isEmpty() || Set.of("new", "edit", "history").contains(base)) {
            base = "ca" + (base.isEmpty() ? "" : "-" + base);
        }
        String slug = base;
        for (int n = 2; slugs.contains(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** ISO 3166 alpha-2 code of a country the report names ("Germany", "DE"); null when not recognised. */
    static String countryCode(String country) {
        if (country == null) {
            return null;
        }
        String value = country.strip();
        if (value.matches("[A-Za-z]{2}")) {
            return value.toUpperCase(Locale.ROOT);
        }
        return COUNTRY_CODES.get(value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
