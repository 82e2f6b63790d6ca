package org.casebook.commitment.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casebook.ca.CertificationAuthority;
import org.casebook.commitment.service.CommitmentLedger;
import org.casebook.issue.service.IssueService;
import org.casebook.security.Viewer;

/** The commitment ledger page of a CA. */
@Path("/")
public class CommitmentPages {

    @Inject
    CommitmentLedger ledger;

    @Inject
    IssueService issues;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance commitments(Viewer viewer, CertificationAuthority ca, List<CommitmentLedger.Entry> entries);
    }

    @GET
    @Path("cas/{ca: [a-z0-9-]+}/commitments")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance commitments(@PathParam("ca") String slug) {
        CertificationAuthority ca = issues.ca(slug);
        return Templates.commitments(Viewer.of(identity), ca, ledger.entries(ca));
    }
}
