package org.casebook.web;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page or export whose cost grows with the case file (every evidence certificate rendered). Such requests run
 * at most {@code casebook.load.heavy-concurrency} at a time, the rest wait briefly and then get a 503 with
 * {@code Retry-After}; and one whose client has gone stops at its next database query. See {@link HeavyWorkGate}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface HeavyWork {
}
