package org.casebook.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** Heavy pages run a bounded number at a time, the rest get 503 with Retry-After; work whose client left stops. */
@QuarkusTest
class HeavyWorkGateTests {

    @TestHTTPResource("/")
    URL base;

    @Inject
    HeavyWorkGate gate;

    @Test
    void workWhoseClientHasGoneStopsAtItsNextQuery() throws Exception {
        int abandonedBefore = SlowHeavyResource.ABANDONED.get();
        int startedBefore = SlowHeavyResource.STARTED.get();
        try (Socket client = request("/test-only/slow-heavy-page")) {
            waitFor(() -> SlowHeavyResource.STARTED.get() - startedBefore, 1, 10_000);
            Thread.sleep(300);
        } // the client gives up and closes the connection
        long closed = System.nanoTime();
        waitFor(() -> SlowHeavyResource.ABANDONED.get() - abandonedBefore, 1, 5_000);
        assertTrue(System.nanoTime() - closed < 2_000_000_000L, "stopped within 2 s of the client leaving");
        waitFor(gate::availablePermits, gate.permitCount(), 2_000);
    }

    @Test
    void whenEveryPermitIsTakenTheNextHeavyPageGets503WithRetryAfter() throws Exception {
        int permits = gate.permitCount();
        int startedBefore = SlowHeavyResource.STARTED.get();
        List<Socket> holders = new ArrayList<>();
        try {
            for (int i = 0; i < permits; i++) {
                holders.add(request("/test-only/slow-heavy-page"));
            }
            waitFor(() -> SlowHeavyResource.STARTED.get() - startedBefore, permits, 10_000);
            long start = System.nanoTime();
            Response busy = given().get("/cas/wosign.md");
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, busy.statusCode(), busy.asString());
            assertEquals("1", busy.header("Retry-After"));
            assertEquals("busy", busy.jsonPath().getString("error"));
            assertTrue(tookMillis < 5_000, "answered after " + tookMillis + " ms instead of waiting for a permit");
            // pages that are not heavy do not wait
            given().get("/api/cas").then().statusCode(200);
            given().get("/cas/wosign").then().statusCode(200);
        } finally {
            for (Socket holder : holders) {
                holder.close();
            }
        }
        waitFor(gate::availablePermits, permits, 5_000);
        given().get("/cas/wosign.md").then().statusCode(200);
    }

    /** Sends a GET and leaves the answer unread: the connection stays open until the socket is closed. */
    private Socket request(String path) throws Exception {
        Socket socket = new Socket(base.getHost(), base.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static void waitFor(IntSupplier value, int expected, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (value.getAsInt() < expected) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + millis + " ms for " + expected + ", have " + value.getAsInt());
            }
            Thread.sleep(20);
        }
    }
}
