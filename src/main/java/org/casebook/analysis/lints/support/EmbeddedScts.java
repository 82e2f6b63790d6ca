package org.casebook.analysis.lints.support;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.SignedCertificateTimestamp;

/** What the browsers' CT policies count in a certificate: embedded SCTs by distinct log, and the lifetime in days. */
public final class EmbeddedScts {

    private EmbeddedScts() {
    }

    /** The number of distinct logs among the certificate's embedded SCTs. */
    public static int distinctLogs(CertificateView certificate) {
        Set<ByteBuffer> logs = new HashSet<>();
        for (SignedCertificateTimestamp sct : certificate.embeddedScts()) {
            logs.add(ByteBuffer.wrap(sct.logId()));
        }
        return logs.size();
    }

    /**
     * The lifetime in days as Apple defines it: RFC 5280's validity period (notBefore through notAfter, inclusive),
     * each started 86,400 seconds counting as a day.
     */
    public static long lifetimeDays(CertificateView certificate) {
        long seconds = Duration.between(certificate.notBefore(), certificate.notAfter()).getSeconds() + 1;
        return Math.floorDiv(seconds + 86_399, 86_400);
    }

    /** Both browsers' current table: 2 SCTs for a lifetime of up to 180 days, 3 beyond. */
    public static int requiredFor180DayTable(CertificateView certificate) {
        return lifetimeDays(certificate) <= 180 ? 2 : 3;
    }

    /** A TLS server certificate with SCTs embedded: the case the policies' embedded-SCT tables govern. */
    public static boolean isServerCertificateWithEmbeddedScts(CertificateView certificate) {
        return !certificate.isPrecertificate() && certificate.isServerAuth() && TlsCertificateFacts.isSubscriber(certificate)
                && certificate.hasEmbeddedSctList();
    }

    /** The verdict of a program that asks for 2 distinct logs up to 180 days of lifetime and 3 beyond (Apple, Chrome). */
    public static LintResult countAgainst180DayTable(CertificateView certificate, String program) {
        int required = requiredFor180DayTable(certificate);
        int logs = distinctLogs(certificate);
        return logs >= required ? LintResult.PASS
                : LintResult.notice("embedded SCTs from " + logs + " distinct log(s); " + program + " asks for " + required
                        + " for a lifetime of " + lifetimeDays(certificate) + " days");
    }
}
