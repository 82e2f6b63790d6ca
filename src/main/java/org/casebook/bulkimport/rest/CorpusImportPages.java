package org.casebook.bulkimport.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.casebook.bulkimport.service.CorpusImports;
import org.casebook.bulkimport.service.JobStatus;
import org.casebook.ca.CertificationAuthority;
import org.casebook.ca.service.CaService;
import org.casebook.security.Roles;
import org.casebook.security.Viewer;
import org.casebook.web.ApiException;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/** The page that starts a corpus import from a file, and a job's page with its progress bar. */
@Path("/")
@RolesAllowed({Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN})
public class CorpusImportPages {

    static final String FILE_FIELD = "corpus";

    @Inject
    CorpusImports imports;

    @Inject
    CaService cas;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importPage(Viewer viewer, CertificationAuthority ca, String problem);

        static native TemplateInstance jobPage(Viewer viewer, JobStatus job);
    }

    @GET
    @Path("cas/{ca}/corpus/import")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@PathParam("ca") String slug) {
        return Templates.importPage(Viewer.of(identity), cas.ca(slug), null);
    }

    @POST
    @Path("cas/{ca}/corpus/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@PathParam("ca") String slug, MultipartFormDataInput form) {
        CertificationAuthority ca = cas.ca(slug);
        FormValue file = file(form);
        if (file == null) {
            return page(ca, "Choose a corpus file: PEM certificates, JSON lines of base64 DER, or a zip of such files.");
        }
        try (InputStream in = file.getFileItem().getInputStream()) {
            long job = imports.start(slug, in, identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/jobs/" + job)).build();
        } catch (ApiException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return Response.status(refused.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.importPage(Viewer.of(identity), ca, refused.getMessage())).build();
        } catch (IOException unreadable) {
            return page(ca, "The uploaded file could not be read: " + unreadable.getMessage());
        }
    }

    @GET
    @Path("jobs/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance job(@PathParam("id") long id) {
        return Templates.jobPage(Viewer.of(identity), imports.status(id));
    }

    /** The job page's cancel button: back to the page, which shows the job cancelled (a 409 page if it had ended). */
    @POST
    @Path("jobs/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") long id) {
        imports.cancel(id, identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/jobs/" + id)).build();
    }

    private static FormValue file(MultipartFormDataInput form) {
        for (FormValue value : form.getValues().getOrDefault(FILE_FIELD, List.of())) {
            try {
                if (value.isFileItem() && value.getFileItem().getFileSize() > 0) {
                    return value;
                }
            } catch (IOException unreadable) {
                return value;
            }
        }
        return null;
    }

    private Response page(CertificationAuthority ca, String problem) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.importPage(Viewer.of(identity), ca, problem)).build();
    }
}
