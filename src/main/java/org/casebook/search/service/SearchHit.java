package org.casebook.search.service;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One result as the search page shows it; each kind's JSON is its own record's fields, "matched" among them. */
public interface SearchHit {

    @JsonIgnore
    String heading();

    /** Where the result is; JSON carries it as "url". */
    String url();

    /** Why it matched, in words: "serial number 00A1B2 (leading zeros ignored)". */
    String matched();

    /** A second line under the heading (may be empty). */
    @JsonIgnore
    String detail();
}
