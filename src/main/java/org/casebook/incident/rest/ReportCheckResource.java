package org.casebook.incident.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casebook.incident.checks.ReportChecks;

/** Every check an incident report goes through as it is saved, as {@code /api/lints} lists the certificate lints. */
@Path("/api/report-lints")
@Produces(MediaType.APPLICATION_JSON)
public class ReportCheckResource {

    @Inject
    ReportChecks checks;

    @GET
    public List<IncidentJson.Check> list() {
        return checks.all().stream().map(IncidentJson.Check::of).toList();
    }
}
