package org.casebook.analysis;

/** The outcome of one lint on one certificate, with zlint's vocabulary. */
public enum LintStatus {
    /** The lint does not apply to this kind of certificate. */
    NA,
    /** The rule was not yet (or no longer) in force at the certificate's notBefore. */
    NE,
    PASS,
    NOTICE,
    WARN,
    ERROR;

    /** True for the outcomes that are reported as findings. */
    public boolean isFinding() {
        return this == NOTICE || this == WARN || this == ERROR;
    }
}
