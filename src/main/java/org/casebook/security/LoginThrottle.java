package org.casebook.security;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Slows down password guessing: after a number of failed sign-ins (form or HTTP Basic) from one
 * client address, further attempts from it are refused with 429 for a while, the pause doubling on
 * each further failure. Passwords are never logged; the address and the count are.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);

    @ConfigProperty(name = "casebook.login.max-failures", defaultValue = "5")
    int maxFailures;

    @ConfigProperty(name = "casebook.login.base-lockout", defaultValue = "PT30S")
    Duration baseLockout;

    @ConfigProperty(name = "casebook.login.max-lockout", defaultValue = "PT15M")
    Duration maxLockout;

    @ConfigProperty(name = "casebook.login.forget-after", defaultValue = "PT15M")
    Duration forgetAfter;

    private final ConcurrentHashMap<String, Failures> failuresByClient = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    record Failures(int count, Instant last, Instant lockedUntil) {
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::filter);
    }

    private void filter(RoutingContext rc) {
        boolean formLogin = rc.request().path().equals("/j_security_check");
        boolean basicLogin = rc.request().getHeader("Authorization") != null
                && rc.request().getHeader("Authorization").regionMatches(true, 0, "Basic ", 0, 6);
        if (!formLogin && !basicLogin) {
            rc.next();
            return;
        }
        String client = clientOf(rc);
        Duration wait = lockedFor(client);
        if (!wait.isZero()) {
            rc.response().setStatusCode(429)
                    .putHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())))
                    .putHeader("Content-Type", "application/json")
                    .end("{\"error\":\"too many failed sign-ins\",\"detail\":\"try again in " + Math.max(1, wait.toSeconds()) + " seconds\"}");
            return;
        }
        rc.addHeadersEndHandler(ignored -> {
            int status = rc.response().getStatusCode();
            String location = rc.response().headers().get("Location");
            boolean failed = formLogin ? location != null && location.contains("error") : status == 401;
            if (failed) {
                recordFailure(client);
            } else if (formLogin ? status == 302 || status == 303 : status < 400) {
                failuresByClient.remove(client);
            }
        });
        rc.next();
    }

    Duration lockedFor(String client) {
        Failures failures = failuresByClient.get(client);
        Instant now = clock.instant();
        if (failures == null || failures.lockedUntil() == null || !failures.lockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.lockedUntil());
    }

    void recordFailure(String client) {
        Instant now = clock.instant();
        Failures updated = failuresByClient.compute(client, (key, old) -> {
            int count = old == null || old.last().plus(forgetAfter).isBefore(now) ? 1 : old.count() + 1;
            Instant lockedUntil = null;
            if (count >= maxFailures) {
                long factor = 1L << Math.min(20, count - maxFailures);
                Duration lockout = baseLockout.multipliedBy(factor);
                lockedUntil = now.plus(lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout);
            }
            return new Failures(count, now, lockedUntil);
        });
        if (updated.lockedUntil() != null) {
            LOG.warnf("Sign-in from %s locked until %s after %d failures", client, updated.lockedUntil(), updated.count());
        }
        if (failuresByClient.size() > 100_000) {
            failuresByClient.entrySet().removeIf(e -> e.getValue().last().plus(forgetAfter).isBefore(now));
        }
    }

    int maxFailures() {
        return maxFailures;
    }

    void forget(String client) {
        failuresByClient.remove(client);
    }

    private static String clientOf(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    }
}
