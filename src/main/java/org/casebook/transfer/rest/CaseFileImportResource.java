package org.casebook.transfer.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.casebook.security.Roles;
import org.casebook.transfer.service.CaseFileDocument;
import org.casebook.transfer.service.CaseFileExporter;
import org.casebook.transfer.service.CaseFileImporter;
import org.casebook.transfer.service.ImportReport;
import org.casebook.web.ApiError;
import org.casebook.web.HeavyWork;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reads a case file document written by {@link CaseFileExportResource} (here or in another installation). */
@Path("/api/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operating it")
public class CaseFileImportResource {

    @Inject
    CaseFileImporter importer;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read a case file document into this installation (admin)",
            description = "Idempotent: records are matched by CA slug, issue letter, certificate SHA-256 and the like; what is missing is"
                    + " created, what is here already is left as it is (unchanged, or differing: listed). Everything is checked before"
                    + " anything is written, in one transaction: a refused document changes nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseFileDocument.class),
            examples = @ExampleObject(name = "a small case file", value = CaseFileExportResource.EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Counts per kind of record",
            content = @Content(schema = @Schema(implementation = ImportReport.class), examples = @ExampleObject(name = "first import",
                    value = "{\"format\":\"casebook-case-file\",\"version\":1,\"ca\":\"exampleca\",\"counts\":{\"cas\":{\"created\":1,"
                            + "\"unchanged\":0,\"differing\":0},\"issues\":{\"created\":1,\"unchanged\":0,\"differing\":0}},\"differences\":[]}")))
    @APIResponse(responseCode = "400", description = "An unknown format or version, or a broken document; nothing was imported",
            content = @Content(schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "unknown version",
                    value = "{\"error\":\"invalid case file\",\"detail\":\"version: this installation reads casebook-case-file version 1;"
                            + " the document is version 2 (import it into a Casebook that knows that version)\"}")))
    public ImportReport importCaseFile(JsonNode document) {
        return importer.importCaseFile(document, identity.getPrincipal().getName());
    }
}
