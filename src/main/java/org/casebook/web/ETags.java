package org.casebook.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Answers that carry a record's version as their ETag ({@code "7"}), to be sent back in If-Match. */
public final class ETags {

    private ETags() {
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(new EntityTag(Long.toString(version))).build();
    }

    public static Response.ResponseBuilder tagged(Response.ResponseBuilder answer, long version) {
        return answer.tag(new EntityTag(Long.toString(version)));
    }
}
