package org.casebook.analysis.corpus;

/**
 * A CA on file and where it operates: ISO 3166 country code and IANA time zone, either possibly
 * unknown (null).
 */
public record CaJurisdiction(String slug, String name, String country, String timeZone) {
}
