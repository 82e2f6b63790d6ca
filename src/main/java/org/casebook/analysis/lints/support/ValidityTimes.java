package org.casebook.analysis.lints.support;

import java.util.List;
import org.casebook.analysis.CertificateView;

/** notBefore and notAfter as encoded: which ASN.1 time type, and the exact characters (RFC 5280 4.1.2.5). */
public final class ValidityTimes {

    /** {@code digits} is the leading run of digits of {@code text}: the date and time without fraction or zone. */
    public record EncodedTime(String field, int type, String text, String digits) {

        EncodedTime(String field, int type, String text) {
            this(field, type, text, leadingDigits(text));
        }

        public boolean isUtc() {
            return type == Der.UTC_TIME;
        }

        public boolean isGeneralized() {
            return type == Der.GENERALIZED_TIME;
        }

        private static String leadingDigits(String text) {
            int end = 0;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            return text.substring(0, end);
        }

        public boolean endsInZulu() {
            return text.endsWith("Z");
        }

        /** The four-digit year, expanding a UTCTime's two digits as RFC 5280 says (50 and up mean 19xx). */
        public int year() {
            String digits = digits();
            if (isUtc()) {
                int yy = Integer.parseInt(digits.substring(0, 2));
                return yy >= 50 ? 1900 + yy : 2000 + yy;
            }
            return Integer.parseInt(digits.substring(0, 4));
        }
    }

    private ValidityTimes() {
    }

    private static final CertificateView.CacheKey KEY = new CertificateView.CacheKey("KEY");

    /** Both validity times, read once per view (unmodifiable); empty when the certificate cannot be read at this level. */
    public static List<EncodedTime> of(CertificateView certificate) {
        return certificate.cached(KEY, view -> {
            RawCertificate raw = RawCertificate.of(view);
            if (raw == null) {
                return List.of();
            }
            return List.of(new EncodedTime("notBefore", raw.notBefore.tagNumber(), raw.notBefore.text()),
                    new EncodedTime("notAfter", raw.notAfter.tagNumber(), raw.notAfter.text()));
        });
    }

    public static boolean anyUtc(CertificateView certificate) {
        for (EncodedTime time : of(certificate)) {
            if (time.isUtc()) {
                return true;
            }
        }
        return false;
    }

    public static boolean anyGeneralized(CertificateView certificate) {
        for (EncodedTime time : of(certificate)) {
            if (time.isGeneralized()) {
                return true;
            }
        }
        return false;
    }
}
