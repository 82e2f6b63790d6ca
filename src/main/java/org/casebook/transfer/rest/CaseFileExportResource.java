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

/** A case file as one JSON document, to move it to another installation ({@link CaseFileImportResource} reads it). */
@Path("/api/cas/{ca}/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operating it", description = "Export and import of whole case files, backups")
public class CaseFileExportResource {

    @Inject
    CaseFileExporter exporter;

    @GET
    @HeavyWork
    @Operation(summary = "The whole case file as one versioned JSON document",
            description = "Format casebook-case-file, version 1: the CA, the other CAs it names, ownership events, issues with their"
                    + " statements, references, credits, comments and evidence links, audits with the issues they disclosed or missed,"
                    + " cross-signs, and every certificate the file refers to as base64 DER. Readable by anyone, like the case page.")
    @APIResponse(responseCode = "200", description = "The document; POST it to /api/import of another installation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseFileDocument.class),
                    examples = @ExampleObject(name = "a small case file", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such CA", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response export(@Parameter(description = "The CA's slug", example = "wosign") @PathParam("ca") String slug) {
        return Response.ok(exporter.export(slug)).header("Content-Disposition", "inline; filename=\"" + slug + ".casebook.json\"").build();
    }

    static final String EXAMPLE = """
            {"format":"casebook-case-file","version":1,"exportedAt":"2026-12-07T02:00:00Z",
             "ca":{"slug":"exampleca","name":"Example CA","country":"DE","timeZone":"Europe/Berlin","website":"https://ca.example","description":null},
             "relatedCas":[],"ownership":[],
             "issues":[{"letter":"B","title":"SHA-1 after the deadline","aliases":["Issue X"],"status":"confirmed","category":"br-violation",
               "periodStart":"2016-01","periodEnd":null,"affectedCertificates":3,"affectedApproximate":false,"coveredInIncidentReport":true,
               "disclosedInAudit":false,"body":"Three certificates...","assessment":null,
               "statements":[{"statedOn":"2016-02-01","speaker":"The CA","kind":"quotation","text":"We stopped.","sourceUrl":null}],
               "references":[{"kind":"bug","title":"Bug 1","url":"https://bugzilla.example/1","publishedOn":"2016-02"}],
               "credits":[{"person":"A. Reviewer","contribution":"reported"}],
               "comments":[{"author":"reviewer","postedAt":"2016-02-02T10:00:00Z","text":"Seen in CT."}],
               "evidence":[{"sha256":"<64 hex digits>","note":"issued after the SHA-1 deadline","addedBy":"reviewer","addedAt":"2016-02-02T10:05:00Z"}]}],
             "audits":[],"crossSigns":[],
             "certificates":[{"sha256":"<64 hex digits>","der":"MIIB...","ca":null,"caRole":null,"storedAt":"2016-02-02T10:05:00Z","storedBy":"reviewer"}]}
            """;
}
