package org.casebook.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The post-redirect-get cycle of the edit forms: run the change, then send the browser to the page that
 * shows it (303), or show the form again with what was typed and the problem named (400 or 409).
 */
public final class FormPages {

    private FormPages() {
    }

    public static Response submit(Supplier<String> change, Function<String, TemplateInstance> formWithError) {
        try {
            String next = change.get();
            return Response.seeOther(URI.create(next)).build();
        } catch (ApiException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            return Response.status(e.status()).entity(formWithError.apply(e.getMessage())).build();
        } catch (ConstraintViolationException | IllegalArgumentException e) {
            return Response.status(400).entity(formWithError.apply(Inputs.messageOf(e))).build();
        }
    }

    /** {@link #submit} for a change whose next page is known before it runs. */
    public static Response submit(Runnable change, String next, Function<String, TemplateInstance> formWithError) {
        return submit(() -> {
            change.run();
            return next;
        }, formWithError);
    }

    /**
     * {@link #submit} for an edit form that carries the record's version in a hidden field. A save made against an
     * older version comes back as the form (409) with what was typed, what changed meanwhile, and the current
     * version in the hidden field, so that saving again overwrites knowingly. Other errors keep the version sent.
     */
    public static Response submitEdit(Runnable change, String next, BiFunction<String, Long, TemplateInstance> formWithError) {
        try {
            change.run();
            return seeOther(next);
        } catch (StaleEditException e) {
            return Response.status(409).entity(formWithError.apply(e.getMessage().replace(StaleEditException.RESEND, "")
                    + " The form below still holds what you typed: save again to put it in place of those changes, or reload"
                    + " the page to start from the current text.", e.currentVersion())).build();
        } catch (ApiException | ConstraintViolationException | IllegalArgumentException e) {
            return submit(() -> {
                throw e;
            }, error -> formWithError.apply(error, null));
        }
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
