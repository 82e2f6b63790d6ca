package org.casebook.board.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.casebook.board.BoardFilter;
import org.casebook.board.BoardRow;
import org.casebook.board.service.Board;

/** The board as JSON: everything owed, overdue first (CONTRACT.md, "Live incidents"). */
@Path("/api/board")
@Produces(MediaType.APPLICATION_JSON)
public class BoardResource {

    @Inject
    Board board;

    @GET
    public List<BoardRow> rows(@QueryParam("ca") String ca, @QueryParam("kind") String kind, @QueryParam("manager") String manager) {
        return board.rows(new BoardFilter(ca, kind, manager));
    }
}
