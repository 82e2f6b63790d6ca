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
