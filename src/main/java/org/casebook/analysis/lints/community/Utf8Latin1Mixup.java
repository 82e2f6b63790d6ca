package org.casebook.analysis.lints.community;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.analysis.CertificateLint;
import org.casebook.analysis.CertificateView;
import org.casebook.analysis.LintResult;
import org.casebook.analysis.LintSource;
import org.casebook.analysis.LintSpec;
import org.casebook.analysis.lints.support.SubjectTextFields;

@LintSpec(code = "e_utf8_latin1_mixup",
        description = "Subject text fields must not show accented letters garbled by reading their UTF-8 bytes as Latin-1 (for example 'Ã©' for 'é').",
        citation = "See https://en.wikipedia.org/wiki/ISO/IEC_8859-1", source = LintSource.COMMUNITY)
public class Utf8Latin1Mixup extends CertificateLint {

    /** Each Latin-1 letter from U+00C0 to U+00FF (except the few that make no safe pattern) as its UTF-8 bytes look in Windows-1252. */
    private static final List<String> GARBLED = garbled();

    private static List<String> garbled() {
        java.nio.charset.Charset windows1252 = java.nio.charset.Charset.forName("windows-1252");
        List<String> out = new ArrayList<>();
        for (char letter = 0xC0; letter <= 0xFF; letter++) {
            // Skipped where the second UTF-8 byte is unassigned or invisible in Windows-1252 (Á Í Ï Ð Ý à í).
            if ("\u00C1\u00CD\u00CF\u00D0\u00DD\u00E0\u00ED".indexOf(letter) >= 0) {
                continue;
            }
            out.add(new String(String.valueOf(letter).getBytes(StandardCharsets.UTF_8), windows1252));
        }
        return List.copyOf(out);
    }

    /** The first characters of the garbled forms (all 'Ã', from the UTF-8 lead byte 0xC3); a value without one holds none. */
    private static final String LEADS = leads();

    private static String leads() {
        StringBuilder leads = new StringBuilder();
        for (String garbled : GARBLED) {
            if (leads.indexOf(garbled.substring(0, 1)) < 0) {
                leads.append(garbled.charAt(0));
            }
        }
        return leads.toString();
    }

    private static boolean mayHoldGarbled(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (LEADS.indexOf(value.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected LintResult check(CertificateView certificate) {
        for (Map.Entry<String, String> field : SubjectTextFields.firstValues(certificate)) {
            if (!mayHoldGarbled(field.getValue())) {
                continue;
            }
            for (String garbled : GARBLED) {
                if (field.getValue().contains(garbled)) {
                    return LintResult.error("subject " + field.getKey() + " contains '" + garbled + "', UTF-8 read as Latin-1");
                }
            }
        }
        return LintResult.PASS;
    }
}
