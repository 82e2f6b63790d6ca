package org.casebook.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns failures into {"error","detail"} answers: the one place where errors become HTTP. */
public class ApiExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class);

    @ServerExceptionMapper
    public Response mapApiException(ApiException e) {
        Response response = json(e.status(), e.error(), e.getMessage());
        e.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        return response;
    }

    @ServerExceptionMapper
    public Response mapValidation(ConstraintViolationException e) {
        return json(400, "invalid input", Inputs.describe(e));
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e) {
        return json(400, "invalid JSON", JsonErrors.describe(e));
    }

    /** Quarkus' own mapper for this one answers an empty 400; the client needs to know which field and why. */
    @ServerExceptionMapper
    public Response mapMismatchedJson(MismatchedInputException e) {
        return json(400, "invalid JSON", JsonErrors.describe(e));
    }

    /**
     * A row another edit holds locked longer than the database waits (H2: 2 s by default; PostgreSQL:
     * casebook.storage.lock-timeout), or a deadlock or serialization failure the database ended: the change was not made
     * and may be sent again in a moment, so 503 with Retry-After rather than a 500.
     */
    @ServerExceptionMapper({jakarta.persistence.PessimisticLockException.class, jakarta.persistence.LockTimeoutException.class,
            org.hibernate.PessimisticLockException.class, org.hibernate.exception.LockTimeoutException.class,
            org.hibernate.exception.LockAcquisitionException.class})
    public Response mapLockTimeout(Exception e) {
        return lockTimeout();
    }

    static Response lockTimeout() {
        Response response = Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("busy", "another change to the same record is being saved; nothing was changed, try again"))
                .build();
        response.getHeaders().putSingle("Retry-After", "1");
        return response;
    }

    @ServerExceptionMapper
    public Response mapIllegalArgument(IllegalArgumentException e) {
        return json(400, "bad request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e) {
        Response original = e.getResponse();
        JsonProcessingException unreadable = original.getStatus() == 400 ? JsonErrors.find(e.getCause()) : null;
        if (unreadable != null) {
            // The JSON body reader wraps syntax errors and limits in a bare 400.
            return json(400, "invalid JSON", JsonErrors.describe(unreadable));
        }
        if (original.hasEntity()) {
            return original;
        }
        int status = original.getStatus();
        return json(status, Response.Status.fromStatusCode(status) == null ? "error" : Response.Status.fromStatusCode(status).getReasonPhrase().toLowerCase(),
                e.getMessage());
    }

    static Response json(int status, String error, String detail) {
        if (status >= 500) {
            LOG.errorf("%d %s: %s", status, error, detail);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(error, detail)).build();
    }
}
