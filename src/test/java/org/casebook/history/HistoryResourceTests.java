package org.casebook.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryResourceTests {

    @Inject
    TestCaseFiles caseFiles;

    @Test
    void creationIsRecordedWithItsAuthor() {
        caseFiles.createCa("historytest", "History Test CA");
        caseFiles.user("hmanager", "manager");
        String letter = given().auth().preemptive().basic("hmanager", "hmanager-pw").contentType(ContentType.JSON)
                .body("{\"title\":\"Recorded\",\"after\":\"F\"}")
                .post("/api/cas/historytest/issues").then().statusCode(201).extract().path("letter");
        given().get("/api/cas/historytest/issues/" + letter + "/history").then().statusCode(200)
                .body("[0].author", equalTo("hmanager"))
                .body("[0].changes.field", hasItem("title"))
                .body("[0].changes.find { it.field == 'title' }.to", equalTo("Recorded"));
        given().get("/api/cas/historytest/issues/H/history").then().statusCode(200)
                .body("[-1].author", equalTo("system"));
    }
}
