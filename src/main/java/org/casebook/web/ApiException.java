package org.casebook.web;

/** A request that cannot be served, with the status and the {"error","detail"} answer to send. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;

    public ApiException(int status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not found", detail);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad request", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", detail);
    }

    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    /** A header to send with the answer, e.g. Retry-After with a 429. */
    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public java.util.Map<String, String> headers() {
        return java.util.Collections.unmodifiableMap(headers);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
