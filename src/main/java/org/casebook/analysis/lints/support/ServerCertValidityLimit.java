package org.casebook.analysis.lints.support;

import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.Validity;

/**
 * Ballot SC-081's stepped maximum validity for TLS subscriber certificates. Each milestone is its own
 * lint (a MUST limit and a SHOULD limit one day shorter); this holds the shared arithmetic.
 */
public abstract class ServerCertValidityLimit extends CertificateLint {

    private final int maxDays;

    public ServerCertValidityLimit(int maxDays) {
        this.maxDays = maxDays;
    }

    @Override
    protected boolean applies(CertificateView certificate) {
        return !certificate.isCa();
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        if (Validity.longerThanDays(certificate, maxDays)) {
            return LintResult.failIf(true, metadata().severity(), "valid for " + Validity.days(certificate)
                    + " days (notBefore through notAfter), more than " + maxDays + " for a certificate issued from "
                    + metadata().effectiveDate());
        }
        return LintResult.PASS;
    }
}
