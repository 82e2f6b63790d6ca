package org.casebook.ccadb.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.casebook.ccadb.service.AllCertificateRecordsImport;
import org.casebook.ccadb.service.ImportSummary;
import org.casebook.ccadb.service.IncludedRootsImport;
import org.casebook.security.Roles;
import org.casebook.security.Viewer;
import org.casebook.web.ApiException;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/** The admins' import page: the two CCADB reports as files, and what each import changed. */
@Path("/ccadb")
@RolesAllowed(Roles.ADMIN)
public class CcadbPages {

    static final String ALL_CERTIFICATE_RECORDS = "allCertificateRecords";
    static final String INCLUDED_ROOTS = "includedRoots";

    @Inject
    AllCertificateRecordsImport allCertificateRecords;

    @Inject
    IncludedRootsImport includedRoots;

    @Inject
    SecurityIdentity identity;

    /** One report's outcome on the page: its summary, or why it was refused. */
    public record Imported(String report, ImportSummary summary, String problem) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importPage(Viewer viewer, List<Imported> imported, String problem);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form() {
        return Templates.importPage(Viewer.of(identity), List.of(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response importReports(MultipartFormDataInput form) {
        List<Imported> imported = new ArrayList<>();
        FormValue records = file(form, ALL_CERTIFICATE_RECORDS);
        FormValue roots = file(form, INCLUDED_ROOTS);
        if (records == null && roots == null) {
            return page(400, imported, "Choose a report file: All Certificate Records, Mozilla Included Roots, or both.");
        }
        int status = 200;
        // All Certificate Records first: the included roots then find the records it made.
        if (records != null) {
            status = Math.max(status, run(imported, "All Certificate Records", records, in -> allCertificateRecords.importReport(in)));
        }
        if (roots != null) {
            status = Math.max(status, run(imported, "Mozilla Included Roots", roots,
                    in -> includedRoots.importReport(in, identity.getPrincipal().getName())));
        }
        return page(status, imported, null);
    }

    private interface Importer {
        ImportSummary read(InputStream body);
    }

    private static int run(List<Imported> imported, String report, FormValue file, Importer importer) {
        try (InputStream in = file.getFileItem().getInputStream()) {
            imported.add(new Imported(report, importer.read(in), null));
            return 200;
        } catch (ApiException refused) {
            imported.add(new Imported(report, null, refused.getMessage()));
            return refused.status();
        } catch (IOException unreadable) {
            imported.add(new Imported(report, null, "the uploaded file could not be read: " + unreadable.getMessage()));
            return 400;
        }
    }

    private static FormValue file(MultipartFormDataInput form, String name) {
        for (FormValue value : form.getValues().getOrDefault(name, List.of())) {
            try {
                // A file picker left empty sends a part with no name and no bytes.
                if (value.isFileItem() && (value.getFileItem().getFileSize() > 0 || value.getFileName() != null && !value.getFileName().isBlank())) {
                    return value;
                }
            } catch (IOException unreadable) {
                return value;
            }
        }
        return null;
    }

    private Response page(int status, List<Imported> imported, String problem) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.importPage(Viewer.of(identity), imported, problem)).build();
    }
}
