package org.casebook.ccadb.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.casebook.ccadb.CcadbCertificate;

/** What differs between a CCADB record on file and the same record in a newer report, in the history's field names. */
final class RecordDifferences {

    private static final Set<String> STORE_FIELDS = Set.of("mozillaStatus", "chromeStatus", "appleStatus", "microsoftStatus", "rootStatus");
    private static final Map<String, String> STORE_NAMES = Map.of("mozillaStatus", "Mozilla", "chromeStatus", "Chrome", "appleStatus", "Apple",
            "microsoftStatus", "Microsoft", "rootStatus", "root status");

    private RecordDifferences() {
    }

    static List<String> between(CcadbCertificate before, CcadbCertificate after) {
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, Function<CcadbCertificate, Object>> field : CcadbCertificate.AUDITED_FIELDS.entrySet()) {
            if (!field.getKey().startsWith("distrust") && !Objects.equals(field.getValue().apply(before), field.getValue().apply(after))) {
                fields.add(field.getKey());
            }
        }
        return fields;
    }

    /** "Mozilla: Included → Removed", one per store whose status changed. */
    static List<String> storeStatusChanges(CcadbCertificate before, CcadbCertificate after) {
        return between(before, after).stream().filter(STORE_FIELDS::contains)
                .map(field -> STORE_NAMES.get(field) + ": " + shown(CcadbCertificate.AUDITED_FIELDS.get(field).apply(before)) + " → "
                        + shown(CcadbCertificate.AUDITED_FIELDS.get(field).apply(after)))
                .toList();
    }

    /** The other changed fields with their old and new values, revocation status included. */
    static List<String> otherChanges(CcadbCertificate before, CcadbCertificate after) {
        return between(before, after).stream().filter(field -> !STORE_FIELDS.contains(field))
                .map(field -> field + " " + shown(CcadbCertificate.AUDITED_FIELDS.get(field).apply(before)) + " → "
                        + shown(CcadbCertificate.AUDITED_FIELDS.get(field).apply(after)))
                .toList();
    }

    /** Everything the All Certificate Records report says about a record; the included-roots fields (distrust dates) stay. */
    static void copy(CcadbCertificate from, CcadbCertificate to) {
        to.recordId = from.recordId;
        to.name = from.name;
        to.recordType = from.recordType;
        to.sha256 = from.sha256;
        to.parentRecordId = from.parentRecordId;
        to.parentName = from.parentName;
        to.parentSha256 = from.parentSha256;
        to.parentMissing = from.parentMissing;
        to.subordinateOwner = from.subordinateOwner;
        to.appleStatus = from.appleStatus;
        to.chromeStatus = from.chromeStatus;
        to.microsoftStatus = from.microsoftStatus;
        to.mozillaStatus = from.mozillaStatus;
        to.rootStatus = from.rootStatus;
        to.revocationStatus = from.revocationStatus;
        to.validFrom = from.validFrom;
        to.validTo = from.validTo;
        to.authorityKeyId = from.authorityKeyId;
        to.subjectKeyId = from.subjectKeyId;
        to.technicallyConstrained = from.technicallyConstrained;
        to.trustBits = from.trustBits;
        to.crlUrl = from.crlUrl;
        to.partitionedCrls = from.partitionedCrls;
        to.cpUrl = from.cpUrl;
        to.cpsUrl = from.cpsUrl;
        to.cpCpsUrl = from.cpCpsUrl;
    }

    private static String shown(Object value) {
        return value == null ? "(none)" : value.toString();
    }
}
