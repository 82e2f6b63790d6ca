package org.casebook.analysis.lints.rfc5280;

import java.util.ArrayList;
import java.util.List;
import org.casebook.analysis.CertificateView;

/** notBefore and notAfter as encoded: which ASN.1 time type, and the exact characters (RFC 5280 4.1.2.5). */
final class ValidityTimes {

    record EncodedTime(String field, int type, String text) {
        boolean isUtc() {
            return type == Der.UTC_TIME;
        }

        boolean isGeneralized() {
            return type == Der.GENERALIZED_TIME;
        }

        /** The leading run of digits: the date and time without fraction or zone. */
        String digits() {
            int end = 0;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            return text.substring(0, end);
        }

        boolean endsInZulu() {
            return text.endsWith("Z");
        }

        /** The four-digit year, expanding a UTCTime's two digits as RFC 5280 says (50 and up mean 19xx). */
        int year() {
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

    /** Both validity times; empty when the certificate cannot be read at this level. */
    static List<EncodedTime> of(CertificateView certificate) {
        RawCertificate raw = RawCertificate.of(certificate);
        List<EncodedTime> out = new ArrayList<>();
        if (raw != null) {
            out.add(new EncodedTime("notBefore", raw.notBefore.tagNumber(), raw.notBefore.text()));
            out.add(new EncodedTime("notAfter", raw.notAfter.tagNumber(), raw.notAfter.text()));
        }
        return out;
    }
}
