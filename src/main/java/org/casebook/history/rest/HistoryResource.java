package org.casebook.history.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casebook.history.IssueHistory;
import org.casebook.issue.service.IssueService;

/** Who changed what on an issue, newest first. */
@Path("/api/cas/{ca}/issues/{letter}/history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    IssueService issues;

    @Inject
    IssueHistory history;

    @GET
    public List<IssueHistory.Revision> history(@PathParam("ca") String ca, @PathParam("letter") String letter) {
        return history.of(issues.issue(ca, letter));
    }
}
