package org.casebook.bulkimport.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
    public JobStatus job(@PathParam("id") long id) {
        return imports.status(id);
    }
}
