package org.casebook.ccadb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CCADB reports for tests, with the published headers; rows are maps from column name to value, written with RFC 4180 quoting. */
public final class CcadbReports {

    public static final List<String> ALL_CERTIFICATE_RECORDS = header();

    public static final List<String> INCLUDED_ROOTS = List.of("Owner", "Certificate Issuer Organization", "Certificate Issuer Organizational Unit",
            "Common Name or Certificate Name", "Certificate Serial Number", "SHA-256 Fingerprint", "Subject + SPKI SHA256", "Valid From [GMT]",
            "Valid To [GMT]", "Public Key Algorithm", "Signature Hash Algorithm", "Trust Bits", "Distrust for TLS After Date",
            "Distrust for S/MIME After Date", "EV Policy OID(s)", "Approval Bug", "NSS Release When First Included",
            "Firefox Release When First Included", "Test Website - Valid", "Test Website - Expired", "Test Website - Revoked",
            "Mozilla Applied Constraints", "Company Website", "Geographic Focus", "Certificate Policy (CP)",
            "Certification Practice Statement (CPS)", "CP/CPS", "Standard Audit", "BR Audit", "EV Audit", "Auditor", "Standard Audit Type",
            "Standard Audit Statement Dt", "PEM Info");

    private static List<String> header() {
        List<String> columns = new ArrayList<>(List.of("CA Owner", "Salesforce Record ID", "Certificate Name", "Parent Salesforce Record ID",
                "Parent Certificate Name", "Certificate Record Type", "Subordinate CA Owner", "Apple Status", "Chrome Status", "Microsoft Status",
                "Mozilla Status", "Status of Root Cert", "Revocation Status", "SHA-256 Fingerprint", "Parent SHA-256 Fingerprint",
                "Valid From (GMT)", "Valid To (GMT)", "Authority Key Identifier", "Subject Key Identifier", "Technically Constrained",
                "Derived Trust Bits", "Full CRL Issued By This CA", "JSON Array of Partitioned CRLs", "Auditor", "Audits Same as Parent?"));
        for (String kind : List.of("Standard", "NetSec", "TLS BR", "TLS EVG", "Code Signing", "S/MIME BR", "VMC")) {
            for (String field : List.of("URL", "Type", "Statement Date", "Period Start Date", "Period End Date")) {
                columns.add(kind + " Audit " + field);
            }
        }
        columns.addAll(List.of("Policy Documentation", "CA Document Repository", "CP Same as Parent?", "Certificate Policy (CP) URL",
                "CP Last Update Date", "CPS Same as Parent?", "Certificate Practice Statement (CPS) URL", "CPS Last Update Date",
                "CP/CPS Same as Parent?", "Certificate Practice & Policy Statement", "CP/CPS Last Updated Date", "Test Website URL - Valid",
                "Test Website URL - Expired", "Test Website URL - Revoked", "TLS Capable", "TLS EV Capable", "Code Signing Capable",
                "S/MIME Capable", "Country"));
        return List.copyOf(columns);
    }

    /** A row builder: {@code row().with("CA Owner", "X")...}. */
    public static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        return row;
    }

    public static String csv(List<String> header, List<Map<String, String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(line(header)).append("\r\n");
        for (Map<String, String> row : rows) {
            out.append(line(header.stream().map(c -> row.getOrDefault(c, "")).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static String line(List<String> fields) {
        return String.join(",", fields.stream().map(CcadbReports::quoted).toList());
    }

    private static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    private CcadbReports() {
    }
}
