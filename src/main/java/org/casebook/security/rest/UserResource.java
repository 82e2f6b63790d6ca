package org.casebook.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.casebook.security.AppUser;
import org.casebook.security.Roles;
import org.casebook.security.UserService;

/** Accounts, for admins. Passwords are never returned. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    public record NewUser(String username, String password, List<String> roles) {
    }

    public record RoleChange(List<String> roles) {
    }

    public record UserJson(String username, List<String> roles) {
        static UserJson of(AppUser user) {
            return new UserJson(user.username, Arrays.asList(user.roles.split(",")));
        }
    }

    @Inject
    UserService users;

    @GET
    public List<UserJson> list() {
        return users.listAll().stream().map(UserJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser request) {
        if (request == null) {
            throw org.casebook.web.ApiException.badRequest("body: expected {\"username\",\"password\",\"roles\"}");
        }
        AppUser user = users.create(request.username(), request.password(), request.roles());
        return Response.created(URI.create("/api/users/" + user.username)).entity(UserJson.of(user)).build();
    }

    @PUT
    @Path("/{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson changeRoles(@PathParam("username") String username, RoleChange request) {
        return UserJson.of(users.changeRoles(username, request == null ? null : request.roles()));
    }

    @DELETE
    @Path("/{username}")
    public Response delete(@PathParam("username") String username) {
        users.delete(username);
        return Response.noContent().build();
    }
}
