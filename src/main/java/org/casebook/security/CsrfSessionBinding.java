package org.casebook.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.casebook.web.ApiError;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;

/**
 * Binds the CSRF token of the page forms to the person signed in. quarkus-rest-csrf alone checks only that the form's
 * token equals the cookie's, so anyone able to plant a cookie (a sibling subdomain, a plain-HTTP hop) could post with a
 * pair of their own making. Here each token is a random part plus a MAC of that part and the user's name, keyed from
 * the session secret ({@link SessionKeyFile}): a made-up pair, or a real pair from another user's or an anonymous
 * session, is refused. The token stays the same for as long as the cookie lives, so forms already on screen keep
 * working (a signature key in quarkus-rest-csrf would issue a new token on every page and break them).
 *
 * <p>A form post is checked on its cookie (quarkus-rest-csrf checks that the form's token equals it), whichever of the
 * two filters runs first. A page read must come after quarkus-rest-csrf has chosen the page's token, so that a token
 * that does not belong to the reader is replaced: both filters read the form, and Quarkus 3.33 runs such filters in
 * reverse priority order (quarkusio/quarkus#54947), hence USER - 100 to run after its USER. Were that order to flip,
 * pages would carry unbound tokens and every form post would be refused: loud, never silently open. {@code /api/**}
 * takes no sign-in cookie, see {@link ApiCsrfExemption}.
 */
public class CsrfSessionBinding {

    /** Keys quarkus-rest-csrf keeps the request's token under; its response filter sets the cookie from them. */
    private static final String TOKEN = "csrf_token";
    private static final String TOKEN_BYTES = "csrf_token_bytes";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final int RANDOM_BYTES = 8;
    private static final int MAC_BYTES = 8;

    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    @Inject
    CurrentIdentityAssociation identities;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @Inject
    CsrfSessionBinding(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String sessionSecret) {
        this.key = mac(sessionSecret.getBytes(StandardCharsets.UTF_8), "casebook csrf token, v1".getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter(priority = Priorities.USER - 100)
    @WithFormRead
    public Uni<Response> bind(ContainerRequestContext request, RoutingContext rc) {
        if (rc.normalizedPath().startsWith("/api/")) {
            return null;
        }
        boolean safe = SAFE.contains(request.getMethod());
        String token;
        if (safe) {
            token = rc.get(TOKEN); // the token the page's forms will carry, as quarkus-rest-csrf chose it
        } else if (isForm(request.getMediaType())) {
            Cookie cookie = rc.request().getCookie(cookieName);
            token = cookie == null ? null : cookie.getValue();
        } else {
            return null; // not a form post: quarkus-rest-csrf lets it through or refuses it
        }
        if (token == null) {
            return null; // no token to bind (quarkus-rest-csrf refuses a form post without one)
        }
        return identities.getDeferredIdentity().map(identity -> {
            String user = user(identity);
            if (belongsTo(token, user)) {
                return null;
            }
            if (safe) {
                byte[] bound = issue(user);
                rc.put(TOKEN_BYTES, bound);
                rc.put(TOKEN, Base64.getUrlEncoder().withoutPadding().encodeToString(bound));
                return null;
            }
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError("invalid CSRF token",
                    "csrf-token: the form was not issued to this session; load the page again and resubmit")).build();
        });
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static String user(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    byte[] issue(String user) {
        byte[] token = new byte[RANDOM_BYTES + MAC_BYTES];
        random.nextBytes(token);
        System.arraycopy(tag(token, user), 0, token, RANDOM_BYTES, MAC_BYTES);
        return token;
    }

    boolean belongsTo(String token, String user) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (bytes.length != RANDOM_BYTES + MAC_BYTES) {
            return false;
        }
        byte[] expected = tag(bytes, user);
        return MessageDigest.isEqual(java.util.Arrays.copyOfRange(bytes, RANDOM_BYTES, RANDOM_BYTES + MAC_BYTES),
                java.util.Arrays.copyOf(expected, MAC_BYTES));
    }

    /** MAC over the random part and the user's name (length-prefixed, so that no two inputs run together). */
    private byte[] tag(byte[] token, String user) {
        byte[] name = user.getBytes(StandardCharsets.UTF_8);
        ByteBuffer input = ByteBuffer.allocate(RANDOM_BYTES + 4 + name.length);
        input.put(token, 0, RANDOM_BYTES).putInt(name.length).put(name);
        return mac(key, input.array());
    }

    private static byte[] mac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
