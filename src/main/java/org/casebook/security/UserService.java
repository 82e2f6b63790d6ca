package org.casebook.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebook.web.ApiException;

/** Creating accounts and changing their roles: admin work, with the rules on names and passwords. */
@ApplicationScoped
@Transactional
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    public static final int MIN_PASSWORD_LENGTH = 10;

    public AppUser create(String username, String password, List<String> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest("username: 2 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
        requirePassword(password);
        Set<String> checkedRoles = checkRoles(roles);
        if (AppUser.findByUsername(username).isPresent()) {
            throw ApiException.conflict("username: '" + username + "' is taken");
        }
        return AppUser.create(username, password, checkedRoles);
    }

    public AppUser changeRoles(String username, List<String> roles) {
        AppUser user = AppUser.findByUsername(username).orElseThrow(() -> ApiException.notFound("no user '" + username + "'"));
        Set<String> checked = checkRoles(roles);
        if (isAdmin(user) && !checked.contains(Roles.ADMIN) && admins() <= 1) {
            throw ApiException.conflict("roles: '" + username + "' is the last admin and keeps the admin role");
        }
        user.roles = String.join(",", checked);
        return user;
    }

    static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ApiException.badRequest("password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 256) {
            throw ApiException.badRequest("password: at most 256 characters");
        }
    }

    private static Set<String> checkRoles(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw ApiException.badRequest("roles: at least one of " + Roles.ALL);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw ApiException.badRequest("roles: '" + role + "' is not one of " + Roles.ALL);
            }
            out.add(role);
        }
        return out;
    }

    /** Removes an account; never the last admin, so that someone can always manage users. */
    public void delete(String username) {
        AppUser user = AppUser.findByUsername(username).orElseThrow(() -> ApiException.notFound("no user '" + username + "'"));
        if (isAdmin(user) && admins() <= 1) {
            throw ApiException.conflict("username: '" + username + "' is the last admin");
        }
        user.delete();
    }

    /** Every account in the order the database returns them (the JSON list). */
    public List<AppUser> listAll() {
        return AppUser.listAll();
    }

    public List<AppUser> list() {
        return AppUser.list("order by username");
    }

    private static boolean isAdmin(AppUser user) {
        return java.util.Arrays.asList(user.roles.split(",")).contains(Roles.ADMIN);
    }

    /**
     * Admins as committed, with every account row locked until this transaction ends: two admins stepping down (or
     * deleting each other) at the same moment are counted one after the other, so one of them stays.
     */
    private static long admins() {
        return AppUser.<AppUser>findAll().withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .filter(UserService::isAdmin).count();
    }
}
