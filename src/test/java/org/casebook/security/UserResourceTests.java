package org.casebook.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserResourceTests {

    private static final String ADMIN_PASSWORD = "test-admin-password";

    private static io.restassured.specification.RequestSpecification as(String user, String password) {
        return given().auth().preemptive().basic(user, password).contentType(ContentType.JSON);
    }

    private static String roles(String... roles) {
        return "{\"roles\":[\"" + String.join("\",\"", roles) + "\"]}";
    }

    @Test
    void theLastAdminKeepsTheRoleAndTheAccount() {
        // other tests may have made admins: step them down for this test, and back up at the end
        io.restassured.path.json.JsonPath users = as("admin", ADMIN_PASSWORD).get("/api/users").then().statusCode(200).extract().jsonPath();
        java.util.List<String> otherAdmins = users.getList("findAll { it.roles.contains('admin') && it.username != 'admin' }.username", String.class);
        for (String other : otherAdmins) {
            as("admin", ADMIN_PASSWORD).body(roles("manager")).put("/api/users/" + other + "/roles").then().statusCode(200);
        }
        try {
            as("admin", ADMIN_PASSWORD).body(roles("reviewer", "manager")).put("/api/users/admin/roles").then().statusCode(409)
                    .body("detail", org.hamcrest.Matchers.containsString("last admin"));
            as("admin", ADMIN_PASSWORD).delete("/api/users/admin").then().statusCode(409);

            // with a second admin the first may step down; the second then restores it
            as("admin", ADMIN_PASSWORD).body("{\"username\":\"second-admin\",\"password\":\"second admin password\",\"roles\":[\"admin\"]}")
                    .post("/api/users").then().statusCode(201);
            as("admin", ADMIN_PASSWORD).body(roles("reviewer", "manager")).put("/api/users/admin/roles").then().statusCode(200);
            as("admin", ADMIN_PASSWORD).get("/api/users").then().statusCode(403);
            as("second-admin", "second admin password").delete("/api/users/second-admin").then().statusCode(409);
            as("second-admin", "second admin password").body(roles("reviewer", "manager", "admin")).put("/api/users/admin/roles")
                    .then().statusCode(200);
            as("admin", ADMIN_PASSWORD).delete("/api/users/second-admin").then().statusCode(204);
        } finally {
            for (String other : otherAdmins) {
                java.util.List<String> had = users.getList("find { it.username == '" + other + "' }.roles", String.class);
                as("admin", ADMIN_PASSWORD).body(roles(had.toArray(String[]::new))).put("/api/users/" + other + "/roles").then().statusCode(200);
            }
        }
        as("admin", ADMIN_PASSWORD).get("/api/users").then().statusCode(200)
                .body("find { it.username == 'admin' }.roles", contains("reviewer", "manager", "admin"));
    }

    @Test
    void bootstrapAdminHasEveryRole() {
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).get("/api/users").then().statusCode(200)
                .body("find { it.username == 'admin' }.roles", contains("reviewer", "manager", "admin"));
    }

    @Test
    void adminCreatesAUserWhoCanThenSignIn() {
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body("{\"username\":\"newreviewer\",\"password\":\"correct horse battery\",\"roles\":[\"reviewer\"]}")
                .post("/api/users").then().statusCode(201).body("username", equalTo("newreviewer"))
                .body("$", not(hasItem("password")));
        // The new user is a reviewer, not an admin.
        given().auth().preemptive().basic("newreviewer", "correct horse battery").get("/api/users").then().statusCode(403);
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body("{\"username\":\"newreviewer\",\"password\":\"another password\",\"roles\":[\"reviewer\"]}")
                .post("/api/users").then().statusCode(409);
    }

    @Test
    void invalidUsersAreRefusedWithTheFieldNamed() {
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body("{\"username\":\"x y\",\"password\":\"long enough pw\",\"roles\":[\"reviewer\"]}")
                .post("/api/users").then().statusCode(400).body("detail", org.hamcrest.Matchers.startsWith("username:"));
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body("{\"username\":\"shortpw\",\"password\":\"short\",\"roles\":[\"reviewer\"]}")
                .post("/api/users").then().statusCode(400).body("detail", org.hamcrest.Matchers.startsWith("password:"));
        given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body("{\"username\":\"badrole\",\"password\":\"long enough pw\",\"roles\":[\"root\"]}")
                .post("/api/users").then().statusCode(400).body("detail", org.hamcrest.Matchers.startsWith("roles:"));
    }

    @Test
    void onlyAdminsManageUsers() {
        given().contentType(ContentType.JSON).body("{\"username\":\"anon\",\"password\":\"long enough pw\",\"roles\":[\"admin\"]}")
                .post("/api/users").then().statusCode(401);
        given().get("/api/users").then().statusCode(401);
    }
}
