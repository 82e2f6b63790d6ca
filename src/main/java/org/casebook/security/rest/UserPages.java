package org.casebook.security.rest;

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
import java.util.List;
import org.casebook.security.Roles;
import org.casebook.security.UserService;
import org.casebook.web.FormPages;
import org.casebook.security.Viewer;
import org.jboss.resteasy.reactive.RestForm;

/** The admins' page: accounts and their roles. Passwords are set here and never shown. */
@Path("/users")
@RolesAllowed(Roles.ADMIN)
public class UserPages {

    public record UserRow(String username, List<String> roles) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(Viewer viewer, List<UserRow> users, String newUsername, List<String> newRoles, String error);
    }

    @Inject
    UserService users;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return page(null, List.of(Roles.REVIEWER), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(@RestForm String username, @RestForm String password, @RestForm("roles") List<String> roles) {
        return FormPages.submit(() -> {
            users.create(username, password, roles);
            return "/users";
        }, error -> page(username, roles == null ? List.of() : roles, error));
    }

    @POST
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response changeRoles(@PathParam("username") String username, @RestForm("roles") List<String> roles) {
        return FormPages.submit(() -> {
            users.changeRoles(username, roles);
            return "/users";
        }, error -> page(null, List.of(Roles.REVIEWER), username + " - " + error));
    }

    @POST
    @Path("{username}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@PathParam("username") String username) {
        return FormPages.submit(() -> {
            users.delete(username);
            return "/users";
        }, error -> page(null, List.of(Roles.REVIEWER), error));
    }

    private TemplateInstance page(String newUsername, List<String> newRoles, String error) {
        List<UserRow> rows = users.list().stream().map(u -> new UserRow(u.username, List.of(u.roles.split(",")))).toList();
        return Templates.users(Viewer.of(identity), rows, newUsername, newRoles, error);
    }
}
