package org.casebook.claim;

/**
 * One way the CA's claim and the evidence on file disagree, named like a lint ({@code w_} when the evidence
 * contradicts the claim, {@code n_} when the claim is contested by something not on file as a certificate).
 */
public record ClaimDifference(String code, String message) {

    public static final String COUNT_BELOW_EVIDENCE = "w_claim_count_below_evidence";
    public static final String PERIOD_EXCLUDES_EVIDENCE = "w_claim_period_excludes_evidence";
    public static final String FIRST_AFFECTED_AFTER_EVIDENCE = "w_claim_first_affected_after_evidence";
    public static final String LAST_AFFECTED_BEFORE_EVIDENCE = "w_claim_last_affected_before_evidence";
    public static final String CONTESTED = "n_claim_contested";

    public String severity() {
        return code.startsWith("w_") ? "warning" : "notice";
    }
}
