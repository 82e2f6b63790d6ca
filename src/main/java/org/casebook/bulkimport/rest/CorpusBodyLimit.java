package org.casebook.bulkimport.rest;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP layer's body limit ({@code quarkus.http.limits.max-body-size}) is raised to the corpus import's, so that a
 * corpus of any size reaches its two routes; every other route keeps the ordinary limit, checked here on the declared
 * Content-Length before anything is read (as the HTTP layer did before).
 */
@ApplicationScoped
public class CorpusBodyLimit {

    private static final Pattern CORPUS_ROUTES = Pattern.compile("/api/cas/[^/]+/corpus|/cas/[^/]+/corpus/import");

    @ConfigProperty(name = "casebook.http.max-body-bytes", defaultValue = "16777216")
    long ordinaryLimit;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            HttpServerRequest request = context.request();
            String length = request.getHeader("Content-Length");
            if (length != null && tooLong(length) && !(request.method() == HttpMethod.POST && CORPUS_ROUTES.matcher(request.path()).matches())) {
                context.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                        .putHeader("Connection", "close")
                        .end("{\"error\":\"request too large\",\"detail\":\"the body is " + length.strip() + " bytes; the limit is " + ordinaryLimit
                                + " bytes (casebook.http.max-body-bytes) except for a corpus import\"}");
                return;
            }
            context.next();
        }, 300);
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > ordinaryLimit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
