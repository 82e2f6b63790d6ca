package org.casebook.web;

import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Distinguished names and long hex values as the pages show them (tags/dn.html, tags/ident.html): a DN cut into its
 * RDNs, so that it wraps only between them, with its common name for where space is short; a hex value cut short,
 * with the whole value beside it.
 */
@TemplateExtension
public class IdentifierFormats {

    /** Hex values longer than this are shown cut short (TemplateFormats.shortHex) with the full value a click away. */
    static final int SHORT_HEX = 16;

    // "/C=CN/O=WoSign CA Limited/CN=CA 沃通根证书" (how stored names print) or "CN=x, O=y" (RFC 4514, typed in):
    // a separator counts only before an attribute type and '=', so a '/' or ',' inside a value stays in it.
    private static final Pattern SLASH_RDN = Pattern.compile("/(?=[A-Za-z][A-Za-z0-9-]*=|[0-9]+(?:\\.[0-9]+)+=)");
    private static final Pattern COMMA_RDN = Pattern.compile("(?<!\\\\),\\s*(?=[A-Za-z][A-Za-z0-9-]*=|[0-9]+(?:\\.[0-9]+)+=)");

    /** The RDNs in order, each with the separator that precedes it in the written name ("/C=CN", "/O=..."). */
    static List<String> rdns(String dn) {
        if (dn == null || dn.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        if (dn.startsWith("/")) {
            int start = 0;
            var matcher = SLASH_RDN.matcher(dn);
            matcher.region(1, dn.length());
            while (matcher.find()) {
                parts.add(dn.substring(start, matcher.start()));
                start = matcher.start();
            }
            parts.add(dn.substring(start));
        } else {
            int start = 0;
            var matcher = COMMA_RDN.matcher(dn);
            while (matcher.find()) {
                parts.add(dn.substring(start, matcher.end()));
                start = matcher.end();
            }
            parts.add(dn.substring(start));
        }
        return parts;
    }

    /** The last CN's value; without a CN, the last RDN's value; else the name as written. */
    static String commonName(String dn) {
        List<String> rdns = rdns(dn);
        for (int i = rdns.size() - 1; i >= 0; i--) {
            String rdn = stripSeparators(rdns.get(i));
            if (rdn.regionMatches(true, 0, "CN=", 0, 3)) {
                return rdn.substring(3);
            }
        }
        if (rdns.isEmpty()) {
            return dn == null ? "" : dn;
        }
        String last = stripSeparators(rdns.get(rdns.size() - 1));
        int equals = last.indexOf('=');
        return equals >= 0 && equals < last.length() - 1 ? last.substring(equals + 1) : last;
    }

    /** Whether the DN says more than its common name (then the full DN is offered a click away). */
    static boolean hasMoreThanCommonName(String dn) {
        return rdns(dn).size() > 1;
    }

    /** Whether shortHex cuts this value. */
    static boolean shortened(String hex) {
        return hex != null && hex.length() > SHORT_HEX;
    }

    private static String stripSeparators(String rdn) {
        String s = rdn.strip();
        if (s.startsWith("/")) {
            s = s.substring(1);
        }
        if (s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
