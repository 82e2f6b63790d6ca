package org.casebook.analysis;

/** How serious a finding is; a lint's code prefix (e_, w_, n_) names its severity. */
public enum Severity {
    ERROR("error"), WARNING("warning"), NOTICE("notice");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Severity ofStatus(LintStatus status) {
        return switch (status) {
            case ERROR -> ERROR;
            case WARN -> WARNING;
            case NOTICE -> NOTICE;
            default -> throw new IllegalArgumentException(status + " is not a finding");
        };
    }

    /** The severity a lint code announces by its prefix. */
    public static Severity ofCode(String code) {
        if (code.startsWith("e_")) {
            return ERROR;
        }
        if (code.startsWith("w_")) {
            return WARNING;
        }
        if (code.startsWith("n_")) {
            return NOTICE;
        }
        throw new IllegalArgumentException("lint code '" + code + "' has no e_/w_/n_ prefix");
    }
}
