package org.casebook.bulkimport.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.casebook.bulkimport.service.CorpusImports;
import org.casebook.bulkimport.service.JobStatus;
import org.casebook.security.Roles;

/** A background job's progress: done, rejected with reasons, rate and time left. */
@Path("/api/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    CorpusImports imports;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
    public JobStatus job(@PathParam("id") long id) {
        return imports.status(id);
    }

    /** Stops a running job (what it stored stays): its status, now "cancelled"; 404 unknown, 409 already ended. */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
    public JobStatus cancel(@PathParam("id") long id) {
        return imports.cancel(id, identity.getPrincipal().getName());
    }
}
