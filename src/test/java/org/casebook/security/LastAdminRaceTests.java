package org.casebook.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two admins stepping down at the same moment: the last-admin rule must hold for one of them. */
@QuarkusTest
class LastAdminRaceTests {

    @Inject
    UserService users;

    @Test
    void twoAdminsSteppingDownTogetherLeaveOneAdmin() throws Exception {
        List<String> otherAdmins = adminsBesides("admin");
        for (String other : otherAdmins) {
            users.changeRoles(other, List.of(Roles.MANAGER));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            if (AppUserLookup.exists("race-admin")) {
                users.changeRoles("race-admin", List.of(Roles.ADMIN));
            } else {
                users.create("race-admin", "race admin password", List.of(Roles.ADMIN));
            }
            for (int round = 0; round < 20; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> demotions = new ArrayList<>();
                for (String name : List.of("admin", "race-admin")) {
                    demotions.add(pool.submit(() -> {
                        start.await();
                        try {
                            users.changeRoles(name, List.of(Roles.REVIEWER));
                            return true;
                        } catch (org.casebook.web.ApiException refused) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int succeeded = (demotions.get(0).get() ? 1 : 0) + (demotions.get(1).get() ? 1 : 0);
                List<String> admins = adminsBesides(null);
                assertEquals(1, admins.size(), "round " + round + ": admins left " + admins);
                assertEquals(1, succeeded, "round " + round);
                // back to two admins for the next round
                users.changeRoles(admins.get(0).equals("admin") ? "race-admin" : "admin",
                        admins.get(0).equals("admin") ? List.of(Roles.ADMIN) : List.of(Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN));
            }
        } finally {
            pool.shutdownNow();
            users.changeRoles("admin", List.of(Roles.REVIEWER, Roles.MANAGER, Roles.ADMIN));
            for (String other : otherAdmins) {
                users.changeRoles(other, List.of(Roles.ADMIN));
            }
            if (AppUserLookup.exists("race-admin")) {
                users.delete("race-admin");
            }
        }
        assertTrue(adminsBesides(null).contains("admin"));
    }

    private static List<String> adminsBesides(String name) {
        return AppUserLookup.admins().stream().filter(u -> !u.equals(name)).toList();
    }
}
