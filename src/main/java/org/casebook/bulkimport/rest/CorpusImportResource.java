package org.casebook.bulkimport.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.casebook.bulkimport.service.CorpusImports;
import org.casebook.security.Roles;

/** A CA's whole corpus as one upload of any size, worked as a job (beside the corpus report's GET on the same path). */
@Path("/api/cas/{ca}/corpus")
@Produces(MediaType.APPLICATION_JSON)
public class CorpusImportResource {

    @Inject
    CorpusImports imports;

    @Inject
    SecurityIdentity identity;

    /** A stream of PEM certificates, JSON lines of base64 DER, a zip of such files, or DER: 202 with the job's id and where to watch it. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
    public Response importCorpus(@PathParam("ca") String slug, InputStream body) {
        long job = imports.start(slug, body, identity.getPrincipal().getName());
        return Response.accepted(Map.of("job", job, "status", "/api/jobs/" + job, "page", "/jobs/" + job))
                .header("Location", "/api/jobs/" + job).build();
    }
}
