package org.casebook.bench;

import java.util.Map;
import java.util.TreeMap;
import org.casebook.analysis.BrProfile;
import org.casebook.analysis.CertificateParseException;
import org.casebook.analysis.CertificateParser;

/** How many certificates of the corpus (CorpusCertificates) BrProfile judges as each BR 7.1.2 profile. */
public final class ProfileCensus {

    private ProfileCensus() {
    }

    public static void main(String[] args) throws CertificateParseException {
        Map<String, Integer> counts = new TreeMap<>();
        int total = 0;
        for (byte[] der : CorpusCertificates.load()) {
            BrProfile.Judgement judged = BrProfile.judge(CertificateParser.parseLenient(der));
            counts.merge(judged.profile().section() + " " + judged.label(), 1, Integer::sum);
            total++;
        }
        System.out.printf("%-70s %6s%n", "judged as", "count");
        for (Map.Entry<String, Integer> row : counts.entrySet()) {
            System.out.printf("%-70s %6d%n", row.getKey(), row.getValue());
        }
        System.out.printf("%-70s %6d%n", "total", total);
    }
}
