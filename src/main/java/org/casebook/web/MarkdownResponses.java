package org.casebook.web;

import jakarta.ws.rs.core.Response;

/** Markdown exports answered inline with a file name, so a browser shows them and a download is named. */
public final class MarkdownResponses {

    public static final String MARKDOWN = "text/markdown; charset=UTF-8";

    private MarkdownResponses() {
    }

    public static Response inline(String body, String filename) {
        return Response.ok(body, MARKDOWN)
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .build();
    }
}
