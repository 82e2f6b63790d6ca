package org.casebook.board.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.casebook.board.BoardDocuments;
import org.casebook.board.BoardFilter;
import org.casebook.board.BoardRow;
import org.casebook.board.service.Board;
import org.casebook.security.Viewer;
import org.casebook.web.MarkdownResponses;

/** The board for people ({@code /board}, where a manager lands after signing in), as Markdown and as an Atom feed. */
@Path("/")
public class BoardPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Viewer viewer, List<BoardRow> rows, Instant now, BoardFilter filter);
    }

    @Inject
    Board board;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("board")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("ca") String ca, @QueryParam("kind") String kind, @QueryParam("manager") String manager) {
        BoardFilter filter = new BoardFilter(ca, kind, manager);
        return Templates.board(Viewer.of(identity), board.rows(filter), board.now(), filter);
    }

    @GET
    @Path("board.md")
    @Produces(MarkdownResponses.MARKDOWN)
    public Response markdown(@QueryParam("ca") String ca, @QueryParam("kind") String kind, @QueryParam("manager") String manager) {
        BoardFilter filter = new BoardFilter(ca, kind, manager);
        return MarkdownResponses.inline(BoardDocuments.markdown(board.rows(filter), board.now(), filter), "board.md");
    }

    @GET
    @Path("board.atom")
    @Produces("application/atom+xml")
    public String atom(@QueryParam("ca") String ca, @QueryParam("kind") String kind, @QueryParam("manager") String manager,
            @Context UriInfo uri) {
        BoardFilter filter = new BoardFilter(ca, kind, manager);
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return BoardDocuments.atom(board.rows(filter), board.now(), base, filter);
    }
}
