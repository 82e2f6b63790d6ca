package org.casebook.ccadb.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.casebook.ccadb.service.AllCertificateRecordsImport;
import org.casebook.ccadb.service.ImportSummary;
import org.casebook.ccadb.service.IncludedRootsImport;
import org.casebook.security.Roles;
import org.casebook.web.ApiException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The CCADB's public CSV reports, read into the case files (admin). */
@Path("/api/ccadb")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CCADB")
public class CcadbResource {

    public static final String CSV = "text/csv";

    @Inject
    AllCertificateRecordsImport allCertificateRecords;

    @Inject
    IncludedRootsImport includedRoots;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("all-certificate-records")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import the CCADB \"All Certificate Records\" report (admin)",
            description = "CAs, their root and intermediate certificate records and their audit statements. A re-import changes only what"
                    + " changed and lists it; a header missing a needed column is a 400 and changes nothing; a broken row is listed in"
                    + " \"rejected\" (row numbers count the header as row 1) and every good row is imported.")
    public ImportSummary importAllCertificateRecords(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        csv(contentType);
        return allCertificateRecords.importReport(body);
    }

    @POST
    @Path("included-roots")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import the CCADB \"Mozilla Included Roots\" report (admin)",
            description = "Each root's PEM is stored and analysed like an uploaded certificate and filed as a root of its owner's CA,"
                    + " with Mozilla's trust bits and distrust-after dates on its CCADB record.")
    public ImportSummary importIncludedRoots(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        csv(contentType);
        return includedRoots.importReport(body, identity.getPrincipal().getName());
    }

    /**
     * Any content type reaches the method, so that the role check answers first (401/403 before 415); then only CSV
     * (as browsers and curl label it) is read.
     */
    private static void csv(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!ACCEPTED.contains(type)) {
            throw new ApiException(415, "unsupported media type", "Content-Type: send the report as " + CSV + ", not '" + type + "'");
        }
    }

    private static final java.util.Set<String> ACCEPTED = java.util.Set.of(CSV, "application/csv", "text/plain", "application/octet-stream");
}
