package org.casebook.transfer.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.casebook.security.Roles;
import org.casebook.transfer.service.DatabaseBackups;
import org.casebook.web.ApiError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Online backups of the embedded H2 database, for admins. */
@Path("/api/admin/backups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Operating it")
public class BackupResource {

    @Inject
    DatabaseBackups backups;

    @POST
    @Operation(summary = "Take an online backup of the H2 database (admin)",
            description = "Writes a consistent zip of the database file into casebook.backup.directory while Casebook runs. Restore it"
                    + " offline: stop Casebook, unpack the zip into the database's folder (data/), start it.")
    @APIResponse(responseCode = "201", description = "The backup", content = @Content(schema = @Schema(implementation = DatabaseBackups.Backup.class),
            examples = @ExampleObject(name = "taken", value = "{\"name\":\"casebook-20261207-020000.zip\",\"bytes\":1843201,"
                    + "\"takenAt\":\"2026-12-07T02:00:00Z\",\"millis\":412}")))
    @APIResponse(responseCode = "409", description = "Not an embedded H2 file database (PostgreSQL: use pg_dump)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response take() {
        DatabaseBackups.Backup backup = backups.take();
        return Response.created(URI.create("/api/admin/backups/" + backup.name())).entity(backup).build();
    }

    @GET
    @Operation(summary = "The backups on file, newest first (admin)")
    public List<DatabaseBackups.Backup> list() {
        return backups.list();
    }

    @GET
    @Path("/{name}")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download one backup (admin)")
    @APIResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = "application/zip"))
    @APIResponse(responseCode = "404", description = "No such backup", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response download(@PathParam("name") String name) {
        java.nio.file.Path file = backups.file(name);
        return Response.ok(file.toFile(), "application/zip").header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
