package org.casebook.search.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.casebook.search.service.SiteSearch;
import org.casebook.security.Viewer;
import org.casebook.web.ApiException;

/** {@code /search?q=}: the header's search box answers here; without q, an empty search form. */
@Path("/search")
public class SearchPages {

    @Inject
    SecurityIdentity identity;

    @Inject
    SiteSearch search;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Viewer viewer, String q, String error, SiteSearch.Results results);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        Viewer viewer = Viewer.of(identity);
        if (!uri.getQueryParameters().containsKey("q")) {
            return Response.ok(Templates.search(viewer, "", null, null)).build();
        }
        try {
            return Response.ok(Templates.search(viewer, q == null ? "" : q, null, search.search(q, page, size))).build();
        } catch (ApiException bad) {
            return Response.status(bad.status()).entity(Templates.search(viewer, q == null ? "" : q, bad.getMessage(), null)).type(MediaType.TEXT_HTML).build();
        }
    }
}
