package org.casebook.bench.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection over a plain socket, as one wrk connection: requests go one after another on
 * the same socket (reopened when the server closes it). Closing it from another thread drops the request in
 * flight, as a client that gives up does; the server sees the connection go.
 *
 * <p>Written by hand rather than with java.net.http because JDK 17's client can neither abort an exchange nor
 * be closed, and a load test must be able to walk away from its requests.
 */
final class HttpConnection implements Closeable {

    record Response(int status, long bytes, byte[] body, Map<String, String> headers) {
        String text() {
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String host;
    private final int port;
    private final int readTimeoutMillis;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] buffer = new byte[64 * 1024];

    HttpConnection(String host, int port, int readTimeoutMillis) {
        this.host = host;
        this.port = port;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    Response get(String path, String authorization) throws IOException {
        return send("GET", path, authorization, null, null, false);
    }

    /**
     * Sends one request and reads the whole answer. A request on a reused connection that the server had closed
     * meanwhile (no answer byte read) is sent once more on a new one.
     */
    Response send(String method, String path, String authorization, String contentType, byte[] body, boolean keepBody) throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(method, path, authorization, contentType, body, keepBody);
        } catch (StaleConnectionException e) {
            close();
            if (!reused) {
                throw e;
            }
            return exchange(method, path, authorization, contentType, body, keepBody);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        Socket current = socket;
        socket = null;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // closing is all we wanted
            }
        }
    }

    private Response exchange(String method, String path, String authorization, String contentType, byte[] body, boolean keepBody)
            throws IOException {
        if (socket == null) {
            Socket opened = new Socket();
            opened.setTcpNoDelay(true);
            opened.setSoTimeout(readTimeoutMillis);
            opened.connect(new InetSocketAddress(host, port), 10_000);
            in = new BufferedInputStream(opened.getInputStream(), 64 * 1024);
            out = opened.getOutputStream();
            socket = opened;
        }
        StringBuilder head = new StringBuilder(256);
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                .append("\r\nUser-Agent: casebook-bench\r\nAccept: */*\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body);
        }
        out.flush();

        String statusLine = readLine(true);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(false); !line.isEmpty(); line = readLine(false)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        ByteArrayOutputStream kept = keepBody ? new ByteArrayOutputStream() : null;
        long bytes = 0;
        boolean closeAfter = "close".equalsIgnoreCase(headers.get("connection"));
        if (method.equals("HEAD") || status / 100 == 1 || status == 204 || status == 304) {
            // no body
        } else if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            while (true) {
                String sizeLine = readLine(false);
                int semicolon = sizeLine.indexOf(';');
                long size = Long.parseLong((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
                if (size == 0) {
                    while (!readLine(false).isEmpty()) {
                        // trailers
                    }
                    break;
                }
                bytes += copy(size, kept);
                readLine(false);
            }
        } else if (headers.containsKey("content-length")) {
            bytes = copy(Long.parseLong(headers.get("content-length")), kept);
        } else {
            bytes = copy(Long.MAX_VALUE, kept);
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, bytes, kept == null ? null : kept.toByteArray(), headers);
    }

    private long copy(long length, ByteArrayOutputStream kept) throws IOException {
        long copied = 0;
        while (copied < length) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, length - copied));
            if (read < 0) {
                if (length == Long.MAX_VALUE) {
                    return copied;
                }
                throw new EOFException("answer ended after " + copied + " of " + length + " bytes");
            }
            if (kept != null) {
                kept.write(buffer, 0, read);
            }
            copied += read;
        }
        return copied;
    }

    private String readLine(boolean first) throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (first && line.length() == 0) {
                    throw new StaleConnectionException();
                }
                throw new EOFException("connection closed inside the answer");
            }
            if (c == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            line.append((char) c);
        }
    }

    /** The server had closed a kept-alive connection before we sent on it: nothing was answered. */
    private static final class StaleConnectionException extends EOFException {
        StaleConnectionException() {
            super("the server closed the connection before answering");
        }
    }
}
