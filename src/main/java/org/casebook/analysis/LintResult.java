package org.casebook.analysis;

/** What one lint said about one certificate; {@code detail} explains a finding in a sentence. */
public record LintResult(LintStatus status, String detail) {

    public static final LintResult PASS = new LintResult(LintStatus.PASS, null);
    public static final LintResult NOT_APPLICABLE = new LintResult(LintStatus.NA, null);
    public static final LintResult NOT_EFFECTIVE = new LintResult(LintStatus.NE, null);

    public static LintResult error(String detail) {
        return new LintResult(LintStatus.ERROR, detail);
    }

    public static LintResult warn(String detail) {
        return new LintResult(LintStatus.WARN, detail);
    }

    public static LintResult notice(String detail) {
        return new LintResult(LintStatus.NOTICE, detail);
    }

    /** ERROR/WARN/NOTICE with the detail when {@code failed}, else PASS; the status comes from the code prefix. */
    public static LintResult failIf(boolean failed, Severity severity, String detail) {
        if (!failed) {
            return PASS;
        }
        return switch (severity) {
            case ERROR -> error(detail);
            case WARNING -> warn(detail);
            case NOTICE -> notice(detail);
        };
    }
}
