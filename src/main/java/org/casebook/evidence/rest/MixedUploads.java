package org.casebook.evidence.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.casebook.evidence.UploadParser;
import org.casebook.evidence.UploadParser.Part;
import org.casebook.evidence.service.EvidenceUploads;
import org.casebook.issue.Issue;
import org.casebook.revocation.RevocationItems;
import org.casebook.revocation.service.RevocationUploads;

/**
 * One evidence upload that may hold CRLs and OCSP responses beside certificates: the revocation items are taken out
 * and filed on their own, and the rest goes through the certificate upload exactly as before. An upload without any
 * revocation item is the certificate upload unchanged.
 */
@ApplicationScoped
public class MixedUploads {

    @Inject
    EvidenceUploads uploads;

    @Inject
    RevocationUploads revocationUploads;

    /**
     * The certificate result ({@code Done}, or {@code Refused} only when the upload holds no revocation item or is over a
     * limit), the CRLs and OCSP responses, and the item number the revocation items start at in the rejected list.
     */
    public record Result(EvidenceUploads.Result certificates, List<RevocationUploads.Outcome> revocation, int firstRevocationIndex) {
        public List<RevocationUploads.Outcome> accepted() {
            return revocation.stream().filter(RevocationUploads.Outcome::accepted).toList();
        }

        public List<RevocationUploads.Outcome> refused() {
            return revocation.stream().filter(o -> !o.accepted()).toList();
        }

        /** Nothing at all was filed or found on file: the 400 of an upload without evidence. */
        public boolean nothingFiled() {
            return accepted().isEmpty() && (!(certificates instanceof EvidenceUploads.Done done) || done.certificates().isEmpty());
        }
    }

    public Result store(List<Part> parts, String user, Issue issue, String note) {
        RevocationItems.Split split = RevocationItems.split(parts);
        if (split.items().isEmpty()) {
            return new Result(uploads.store(parts, user, issue, note), List.of(), 0);
        }
        long bytes = parts.stream().mapToLong(p -> p.bytes() == null ? 0 : p.bytes().length).sum();
        if (bytes > uploads.config().maxRequestBytes()) {
            return new Result(uploads.tooLarge(bytes), List.of(), 0);
        }
        EvidenceUploads.Result certificates = new EvidenceUploads.Done(List.of(), List.of());
        if (!split.certificateParts().isEmpty()) {
            certificates = uploads.store(split.certificateParts(), user, issue, note);
            if (certificates instanceof EvidenceUploads.Refused refused && refused.status() == 400) {
                // what is left besides the CRLs is no certificate: one rejected item saying why, not a refusal of the whole
                certificates = new EvidenceUploads.Done(List.of(), List.of(new UploadParser.Item(0, "the rest of the upload",
                        new UploadParser.Rejected(refused.detail()))));
            }
        }
        if (certificates instanceof EvidenceUploads.Refused) {
            return new Result(certificates, List.of(), 0);
        }
        EvidenceUploads.Done done = (EvidenceUploads.Done) certificates;
        int first = done.certificates().size() + done.rejected().size();
        return new Result(certificates, revocationUploads.store(split.items(), user), first);
    }

    /** A one-line account of why each refused item was refused, for a 400's detail. */
    public static String describeRefused(Result result) {
        List<String> reasons = new ArrayList<>();
        if (result.certificates() instanceof EvidenceUploads.Done done) {
            done.rejected().forEach(r -> reasons.add(r.source() + ": " + r.reason()));
        }
        result.refused().forEach(o -> reasons.add(o.source() + ": " + o.reason()));
        return String.join("; ", reasons);
    }
}
