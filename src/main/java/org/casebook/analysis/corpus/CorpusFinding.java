package org.casebook.analysis.corpus;

import org.casebook.analysis.LintMetadata;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.Severity;

/** A corpus check that found something: the check's metadata and what it said. */
public record CorpusFinding(LintMetadata check, LintResult result) {

    public CorpusFinding {
        if (!result.status().isFinding()) {
            throw new IllegalArgumentException(result.status() + " is not a finding");
        }
    }

    public String code() {
        return check.code();
    }

    public Severity severity() {
        return Severity.ofStatus(result.status());
    }

    public String message() {
        return result.detail();
    }

    public String citation() {
        return check.citation();
    }
}
