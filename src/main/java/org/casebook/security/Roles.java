package org.casebook.security;

import java.util.List;

/** The role names, as stored and as checked by {@code @RolesAllowed}. */
public final class Roles {
    public static final String REVIEWER = "reviewer";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    public static final List<String> ALL = List.of(REVIEWER, MANAGER, ADMIN);

    private Roles() {
    }
}
