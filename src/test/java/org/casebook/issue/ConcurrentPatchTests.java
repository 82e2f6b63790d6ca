package org.casebook.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.casebook.support.TestCaseFiles;
import org.junit.jupiter.api.Test;

/**
 * Four managers PATCH four different fields of one issue at once (issue 11, item 2): after each 200 a client
 * reads the issue back and must find its own latest value, and at the end every client's last acknowledged
 * value is what is stored.
 */
@QuarkusTest
class ConcurrentPatchTests {

    private static final String[] FIELDS = {"title", "body", "assessment", "affectedCertificates"};
    private static final Duration RUN = Duration.ofSeconds(5);

    @Inject
    TestCaseFiles caseFiles;

    @TestHTTPResource("/")
    URL base;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** What one editor saw: how many PATCHes were acknowledged, stale read-backs, other answers, and its last acknowledged value. */
    record EditorRun(String field, int acknowledged, int staleReads, List<String> otherAnswers, String lastAcknowledged) {
    }

    @Test
    void fourEditorsOnDifferentFieldsLoseNothing() throws Exception {
        caseFiles.createCa("concurrent-edits", "Concurrent edits");
        for (int i = 0; i < FIELDS.length; i++) {
            caseFiles.user("editor" + i, "manager");
        }
        String issue = base.toString().replaceAll("/$", "") + "/api/cas/concurrent-edits/issues/H";
        ExecutorService pool = Executors.newFixedThreadPool(FIELDS.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EditorRun>> runs = new ArrayList<>();
        for (int i = 0; i < FIELDS.length; i++) {
            int client = i;
            runs.add(pool.submit(() -> {
                start.await();
                return edit(issue, client);
            }));
        }
        start.countDown();
        List<EditorRun> results = new ArrayList<>();
        for (Future<EditorRun> run : runs) {
            results.add(run.get());
        }
        pool.shutdown();

        JsonNode stored = json.readTree(send(HttpRequest.newBuilder(URI.create(issue)).GET()).body());
        int stale = 0;
        List<String> lost = new ArrayList<>();
        for (EditorRun run : results) {
            stale += run.staleReads();
            String now = stored.get(run.field()).asText();
            if (!now.equals(run.lastAcknowledged())) {
                lost.add(run.field() + " acknowledged '" + run.lastAcknowledged() + "', stored '" + now + "'");
            }
        }
        System.out.printf("4-editor run: %s; stale read-backs %d; lost final values %d%n",
                results.stream().map(r -> r.field() + " " + r.acknowledged() + " acked").toList(), stale, lost.size());
        for (EditorRun run : results) {
            assertTrue(run.otherAnswers().isEmpty(), run.field() + ": answers other than 200: " + run.otherAnswers());
            assertTrue(run.acknowledged() >= 3, run.field() + ": only " + run.acknowledged() + " PATCHes acknowledged");
        }
        assertEquals(List.of(), lost, "acknowledged values lost");
        assertEquals(0, stale, "read-backs that showed an older value of the client's own field after its 200");
    }

    private EditorRun edit(String issue, int client) throws Exception {
        String field = FIELDS[client];
        String credentials = "Basic " + Base64.getEncoder().encodeToString(("editor" + client + ":editor" + client + "-pw")
                .getBytes(StandardCharsets.UTF_8));
        AtomicInteger counter = new AtomicInteger();
        int acknowledged = 0;
        int staleReads = 0;
        List<String> other = new ArrayList<>();
        String last = null;
        long end = System.nanoTime() + RUN.toNanos();
        while (System.nanoTime() < end) {
            int n = counter.incrementAndGet();
            String value = field.equals("affectedCertificates") ? Integer.toString(1000 + n) : "client" + client + " value " + n;
            String body = "{\"" + field + "\":" + (field.equals("affectedCertificates") ? value : "\"" + value + "\"") + "}";
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(issue)).header("Authorization", credentials)
                    .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
            if (answer.statusCode() != 200) {
                if (other.size() < 5) {
                    other.add(answer.statusCode() + " " + answer.body());
                }
                continue;
            }
            acknowledged++;
            last = value;
            String readBack = json.readTree(send(HttpRequest.newBuilder(URI.create(issue)).GET()).body()).get(field).asText();
            if (!readBack.equals(value)) {
                staleReads++;
            }
        }
        return new EditorRun(field, acknowledged, staleReads, other, last);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
