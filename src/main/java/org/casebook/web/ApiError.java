package org.casebook.web;

/** The body of every error answer: a short error and a detail that names the problem. */
public record ApiError(String error, String detail) {
}
