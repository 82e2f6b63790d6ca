package org.casebook.support;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser-like session for tests of the HTML forms: signs in through the login form, keeps cookies,
 * and sends form posts with the CSRF token that the last page carried.
 */
public final class FormSession {

    private final CookieFilter cookies = new CookieFilter();
    private String csrfToken;

    private FormSession() {
    }

    public static FormSession anonymous() {
        return new FormSession();
    }

    public static FormSession signIn(String username, String password) {
        FormSession session = new FormSession();
        Response login = session.spec().formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        String location = login.getHeader("Location");
        if (login.statusCode() != 302 || location == null || location.contains("error")) {
            throw new AssertionError("sign-in as " + username + " failed: " + login.statusCode() + " " + location);
        }
        return session;
    }

    public RequestSpecification spec() {
        return given().filter(cookies).redirects().follow(false);
    }

    /** GETs a page and remembers the CSRF token of its forms, if it has any. */
    public Response get(String path) {
        Response page = spec().get(path);
        if (page.contentType() != null && page.contentType().startsWith("text/html")) {
            Element token = Jsoup.parse(page.asString()).selectFirst("input[name=csrf-token]");
            if (token != null) {
                csrfToken = token.attr("value");
            }
        }
        return page;
    }

    /** Posts a form with the token of the last page that had one (GET a page first). */
    public Response post(String path, Map<String, ?> fields) {
        RequestSpecification request = spec().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        if (csrfToken != null) {
            request.formParam("csrf-token", csrfToken);
        }
        fields.forEach((name, value) -> {
            if (value instanceof Iterable<?> values) {
                values.forEach(v -> request.formParam(name, v));
            } else {
                request.formParam(name, value);
            }
        });
        return request.post(path);
    }

    /** Posts a multipart form (an upload form) with the token of the last page that had one. */
    public Response postMultipart(String path, Map<String, String> fields) {
        RequestSpecification request = spec();
        if (csrfToken != null) {
            request.multiPart("csrf-token", csrfToken);
        }
        fields.forEach(request::multiPart);
        return request.post(path);
    }

    /** Posts a form without the CSRF token, to show that it is refused. */
    public Response postWithoutToken(String path, Map<String, ?> fields) {
        RequestSpecification request = spec().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach((name, value) -> request.formParam(name, value));
        return request.post(path);
    }

    public boolean hasToken() {
        return csrfToken != null;
    }
}
