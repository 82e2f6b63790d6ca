package org.casebook.revocation.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.casebook.revocation.StoredCrl;
import org.casebook.revocation.StoredOcspResponse;
import org.casebook.revocation.service.RevocationSources;

/** CRLs and OCSP responses on file, for scripts. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class RevocationSourceResource {

    @Inject
    RevocationSources sources;

    public record CrlAnswer(String sha256, String issuer, String issuerCertificate, int version, String crlNumber, Instant thisUpdate,
            Instant nextUpdate, boolean indirect, int entries, long entriesApplied, String signatureAlgorithm, List<RevocationClockResource.Finding> findings) {
    }

    public record OcspAnswer(String sha256, int responseStatus, String responderId, Instant producedAt, String issuerCertificate,
            boolean signedByDelegate, String signatureAlgorithm, List<RevocationSources.EntryRow> responses, List<RevocationClockResource.Finding> findings) {
    }

    @GET
    @Path("crls/{sha256}")
    public CrlAnswer crl(@PathParam("sha256") String sha256) {
        RevocationSources.CrlPage page = sources.crl(sha256);
        StoredCrl c = page.crl();
        return new CrlAnswer(c.sha256, c.issuer, page.issuerCertificateSha256(), c.crlVersion, c.crlNumber, c.thisUpdate, c.nextUpdate,
                c.indirectCrl, c.entryCount, page.storedEntries(), c.signatureAlgorithm, c.findings.stream().map(RevocationClockResource.Finding::of).toList());
    }

    @GET
    @Path("ocsp-responses/{sha256}")
    public OcspAnswer ocspResponse(@PathParam("sha256") String sha256) {
        RevocationSources.OcspPage page = sources.ocspResponse(sha256);
        StoredOcspResponse r = page.response();
        return new OcspAnswer(r.sha256, r.responseStatus, r.responderId, r.producedAt, page.issuerCertificateSha256(), r.signedByDelegate,
                r.signatureAlgorithm, page.entries(), r.findings.stream().map(RevocationClockResource.Finding::of).toList());
    }

}
