package org.casebook.security;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is looking at a page: shown in the header and used to offer the forms their roles allow. */
public record Viewer(String username, boolean reviewer, boolean manager, boolean admin) {

    public static final Viewer ANONYMOUS = new Viewer(null, false, false, false);

    public static Viewer of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        boolean admin = identity.hasRole(Roles.ADMIN);
        boolean manager = admin || identity.hasRole(Roles.MANAGER);
        boolean reviewer = manager || identity.hasRole(Roles.REVIEWER);
        return new Viewer(identity.getPrincipal().getName(), reviewer, manager, admin);
    }

    public boolean signedIn() {
        return username != null;
    }
}
