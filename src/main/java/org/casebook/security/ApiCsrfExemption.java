package org.casebook.security;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets scripts post multipart uploads to {@code /api/**} without a CSRF token.
 *
 * <p>quarkus-rest-csrf checks every form and multipart post, and has no per-path switch. On
 * {@code /api/**} the only credentials accepted are HTTP Basic ones (the sign-in cookie does not
 * authenticate there, see application.properties), which a cross-site page cannot make a browser
 * send unless the user once typed them into the browser's own prompt; and even then, a browser
 * marks every cross-site post with an {@code Origin} header. So a request to {@code /api/**} that
 * carries no {@code Origin} header (curl, scripts) gets a matching one-time token pair (header and
 * cookie) before the CSRF filter sees it; requests from browsers are checked as before.
 */
@ApplicationScoped
public class ApiCsrfExemption {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private final SecureRandom random = new SecureRandom();

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
    String headerName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16")
    int tokenSize;

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 2).handler(this::exempt);
    }

    private void exempt(RoutingContext rc) {
        var request = rc.request();
        if (!SAFE.contains(request.method()) && request.getHeader("Origin") == null && request.getHeader(headerName) == null) {
            byte[] bytes = new byte[tokenSize];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            request.headers().set(headerName, token);
            request.headers().set("Cookie", cookieName + "=" + token);
        }
        rc.next();
    }
}
