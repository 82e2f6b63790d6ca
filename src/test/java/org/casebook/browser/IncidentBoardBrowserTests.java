package org.casebook.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.casebook.storage.CaseClock;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A manager lands on the board after signing in, records a question to the CA, time passes its due date and the
 * board shows it overdue; once the CA's statement is linked as the answer it leaves the board.
 */
@QuarkusTest
class IncidentBoardBrowserTests {

    private static final String QUESTION = "Which systems issued the duplicate serial numbers?";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestCaseFiles caseFiles;

    @Inject
    CaseClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOverdueQuestionIsOnTheBoardUntilItsAnswerIsLinked() {
        caseFiles.createCa("browserboard", "Browser Board CA");
        caseFiles.user("boardmanager", "manager");
        String root = base.toString().replaceAll("/$", "");
        try (Browser browser = Browser.start("incident-board")) {
            browser.open(root + "/login");
            browser.find(By.id("j_username")).sendKeys("boardmanager");
            browser.find(By.id("j_password")).sendKeys("boardmanager-pw");
            browser.clickAndWait(By.id("sign-in"));
            browser.waitForUrlContaining("/board");
            assertTrue(browser.find(By.tagName("h1")).getText().contains("What CAs owe"));
            browser.page("landing-on-the-board");

            browser.open(root + "/cas/browserboard/issues/H/incident");
            browser.find(By.id("question-text")).sendKeys(QUESTION);
            browser.page("asking");
            browser.clickAndWait(By.id("ask"));
            assertTrue(browser.find(By.cssSelector("table.questions")).getText().contains(QUESTION));

            clock.advance(Duration.ofDays(8));
            browser.open(root + "/board?ca=browserboard");
            String board = browser.find(By.id("board")).getText();
            assertTrue(board.contains("Answer to: " + QUESTION) && board.contains("1 day overdue"), board);
            assertTrue(browser.find(By.cssSelector("tr.overdue")).getText().contains(QUESTION));
            browser.page("overdue-on-the-board");

            browser.open(root + "/cas/browserboard/issues/H/incident");
            new Select(browser.find(By.cssSelector("select[name=answer]"))).selectByIndex(0);
            browser.clickAndWait(By.cssSelector("button[id^=link-answer-]"));
            String questions = browser.find(By.cssSelector("table.questions")).getText();
            assertTrue(questions.contains("Answered") && questions.contains("statement of 2016-08-25"), questions);
            browser.page("answer-linked");

            browser.open(root + "/board?ca=browserboard");
            assertTrue(browser.driver().findElements(By.id("board")).stream().noneMatch(t -> t.getText().contains(QUESTION)),
                    "the answered question left the board");
            browser.page("board-after-the-answer");
        }
    }
}
