package org.casebook.ccadb.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.casebook.ccadb.service.AllCertificateRecordsImport;
import org.casebook.ccadb.service.ImportSummary;
import org.casebook.ccadb.service.IncludedRootsImport;
import org.casebook.security.Roles;
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
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import the CCADB \"All Certificate Records\" report (admin)",
            description = "CAs, their root and intermediate certificate records and their audit statements. A re-import changes only what"
                    + " changed and lists it; a header missing a needed column is a 400 and changes nothing; a broken row is listed in"
                    + " \"rejected\" (row numbers count the header as row 1) and every good row is imported.")
    public ImportSummary importAllCertificateRecords(InputStream body) {
        return allCertificateRecords.importReport(body);
    }

    @POST
    @Path("included-roots")
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import the CCADB \"Mozilla Included Roots\" report (admin)",
            description = "Each root's PEM is stored and analysed like an uploaded certificate and filed as a root of its owner's CA,"
                    + " with Mozilla's trust bits and distrust-after dates on its CCADB record.")
    public ImportSummary importIncludedRoots(InputStream body) {
        return includedRoots.importReport(body, identity.getPrincipal().getName());
    }
}
