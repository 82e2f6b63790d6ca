package org.casebook.analysis;

/** Which body's rule a lint checks. */
public enum LintSource {
    CABF_BR("CA/Browser Forum Baseline Requirements"),
    CABF_EV("CA/Browser Forum EV Guidelines"),
    RFC5280("RFC 5280"),
    RFC6962("RFC 6962"),
    RFC_OTHER("Other RFCs"),
    MOZILLA("Mozilla Root Store Policy"),
    CHROME("Chrome Root Program Policy"),
    APPLE("Apple Root Certificate Program"),
    MICROSOFT("Microsoft Trusted Root Program"),
    COMMUNITY("Community practice"),
    CORPUS("Casebook corpus analysis"),
    ETSI_ESI("ETSI Electronic Signatures and Infrastructures");

    private final String title;

    LintSource(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
