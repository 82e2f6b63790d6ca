package org.casebook.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The published pages as anonymous readers get them (the CA list, case pages, issue pages and their Markdown
 * exports), kept as rendered until anything in the database changes ({@link CaseFileChanges}; on any instance:
 * {@link SharedChanges}). A page that many
 * people read, or one client asks for again and again, is then worked out once per change instead of once per
 * request. Requests with credentials or a sign-in cookie are never served from here: their pages show forms.
 */
@ApplicationScoped
public class PublicPageCache {

    /** Answers say whether they came from here ({@code hit}) or were worked out ({@code miss}). */
    public static final String HEADER = "X-Casebook-Cache";
    private static final String GENERATION_AT_START = PublicPageCache.class.getName() + ".generation";
    private static final Pattern PUBLISHED = Pattern.compile("/|/cas/[a-z0-9-]+(\\.md)?|/cas/[a-z0-9-]+/issues/[A-Z]+(\\.md)?");

    record Page(long generation, String contentType, String contentDisposition, byte[] body, long storedAtNanos) {
    }

    @Inject
    SharedChanges changes;

    @ConfigProperty(name = "casebook.pages.cache-max-bytes", defaultValue = "67108864")
    long maxBytes;

    /** Pages also show time counted against deadlines (revocation and audit clocks), so none is kept longer than this. */
    @ConfigProperty(name = "casebook.pages.cache-max-age", defaultValue = "PT1M")
    java.time.Duration maxAge;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    @ServerRequestFilter(priority = 10)
    public Optional<Response> serveKnownPage(ContainerRequestContext request) {
        if (!cacheable(request)) {
            return Optional.empty();
        }
        long generation = changes.generation();
        Page page = lookup(key(request), generation);
        if (page == null) {
            request.setProperty(GENERATION_AT_START, generation);
            return Optional.empty();
        }
        Response.ResponseBuilder answer = Response.ok(page.body()).header(HttpHeaders.CONTENT_TYPE, page.contentType()).header(HEADER, "hit");
        if (page.contentDisposition() != null) {
            answer.header("Content-Disposition", page.contentDisposition());
        }
        return Optional.of(answer.build());
    }

    @ServerResponseFilter
    public void keepPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(GENERATION_AT_START) instanceof Long generation) || response.getStatus() != 200) {
            return;
        }
        String contentType = response.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null && response.getMediaType() != null) {
            contentType = response.getMediaType().toString();
        }
        Object entity = response.getEntity();
        String body;
        if (contentType == null) {
            return;
        } else if (entity instanceof TemplateInstance template) {
            body = template.render();
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        } else if (entity instanceof String text) {
            body = text;
        } else {
            return;
        }
        response.getHeaders().putSingle(HEADER, "miss");
        store(key(request), new Page(generation, contentType, response.getHeaderString("Content-Disposition"),
                body.getBytes(StandardCharsets.UTF_8), System.nanoTime()));
    }

    private boolean cacheable(ContainerRequestContext request) {
        return "GET".equals(request.getMethod())
                && PUBLISHED.matcher(request.getUriInfo().getPath()).matches()
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && !request.getCookies().containsKey(sessionCookie);
    }

    private static String key(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        return request.getUriInfo().getPath() + (query == null ? "" : "?" + query);
    }

    private synchronized Page lookup(String key, long generation) {
        Page page = pages.get(key);
        if (page != null && (page.generation() != generation || System.nanoTime() - page.storedAtNanos() > maxAge.toNanos())) {
            forget(key);
            return null;
        }
        return page;
    }

    private synchronized void store(String key, Page page) {
        if (page.generation() != changes.generation() || page.body().length > maxBytes / 4) {
            return;
        }
        forget(key);
        pages.put(key, page);
        bytes += page.body().length;
        var oldest = pages.entrySet().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            Map.Entry<String, Page> entry = oldest.next();
            bytes -= entry.getValue().body().length;
            oldest.remove();
        }
    }

    private void forget(String key) {
        Page old = pages.remove(key);
        if (old != null) {
            bytes -= old.body().length;
        }
    }
}
