package org.casebook.security;

import java.util.List;

/** Reads accounts in a transaction of its own, for tests that run several threads. */
final class AppUserLookup {

    private AppUserLookup() {
    }

    static List<String> admins() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>listAll().stream()
                .filter(u -> java.util.Arrays.asList(u.roles.split(",")).contains(Roles.ADMIN)).map(u -> u.username).sorted().toList());
    }

    static boolean exists(String username) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username).isPresent());
    }
}
