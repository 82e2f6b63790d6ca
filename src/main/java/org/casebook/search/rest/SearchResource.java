package org.casebook.search.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casebook.search.service.SiteSearch;

/**
 * {@code GET /api/search?q=...&page=1&size=20}: one key per group ("cas", "issues", "certificates", "statements",
 * "reports", and any kind added later) with that page of its results, each with "matched"; "more" says which groups have another page.
 */
@Path("/api/search")
public class SearchResource {

    @Inject
    SiteSearch search;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> search(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        SiteSearch.Results results = search.search(q, page, size);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", results.query());
        json.put("understood", results.understood());
        json.put("page", results.page());
        json.put("size", results.size());
        Map<String, Boolean> more = new LinkedHashMap<>();
        for (SiteSearch.Group group : results.groups()) {
            json.put(group.key(), group.hits());
            more.put(group.key(), group.more());
        }
        json.put("more", more);
        return json;
    }
}
