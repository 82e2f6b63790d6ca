package org.casebook.security;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Slows down password guessing. Failed sign-ins (form or HTTP Basic) are counted twice: against the account named and
 * against the client address. After {@code casebook.login.max-failures} failures for one account, or
 * {@code max-failures-per-address} from one address, further attempts for that account or from that address are
 * refused with 429 for a while, the pause doubling on each further failure.
 *
 * <p>The counting happens where a password is actually checked ({@link AccountIdentityProvider}), so credentials sent
 * to a public route that never checks them count for nothing either way. Only a successful sign-in of an account
 * clears that account's count; an address's count is never cleared by a success (an attacker's own account must not
 * reset it) and is forgotten {@code forget-after} its last failure. Passwords are never logged; the address, the
 * account and the count are.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    /** Set on the request by {@link AccountIdentityProvider} when it refused a sign-in because of a lockout. */
    static final String LOCKED_FOR = "casebook.login.locked-for";

    @ConfigProperty(name = "casebook.login.max-failures", defaultValue = "5")
    int maxFailuresPerAccount;

    @ConfigProperty(name = "casebook.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @ConfigProperty(name = "casebook.login.base-lockout", defaultValue = "PT30S")
    Duration baseLockout;

    @ConfigProperty(name = "casebook.login.max-lockout", defaultValue = "PT15M")
    Duration maxLockout;

    @ConfigProperty(name = "casebook.login.forget-after", defaultValue = "PT15M")
    Duration forgetAfter;

    private final ConcurrentHashMap<String, Failures> failuresByAddress = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Failures> failuresByAccount = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    record Failures(int count, Instant last, Instant lockedUntil) {
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::filter);
    }

    /** Refuses attempts that are locked out before any password is checked; turns a lockout found later into a 429. */
    private void filter(RoutingContext rc) {
        boolean formLogin = rc.request().path().equals("/j_security_check");
        String authorization = rc.request().getHeader("Authorization");
        boolean basicLogin = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (!formLogin && !basicLogin) {
            rc.next();
            return;
        }
        String address = addressOf(rc);
        Duration wait = basicLogin ? lockedFor(address, basicUsername(authorization)) : lockedFor(address);
        if (!wait.isZero()) {
            refuse(rc, wait);
            return;
        }
        // The form's user name is read by Quarkus after this handler, and a lockout can begin while a request is under
        // way: the password check then refuses the attempt unchecked, and its answer becomes a 429 here.
        rc.addHeadersEndHandler(ignored -> {
            Duration locked = rc.get(LOCKED_FOR);
            if (locked != null) {
                rc.response().setStatusCode(429).putHeader("Retry-After", Long.toString(seconds(locked)));
                rc.response().headers().remove("Location").remove("WWW-Authenticate");
            }
        });
        rc.next();
    }

    private static void refuse(RoutingContext rc, Duration wait) {
        rc.response().setStatusCode(429)
                .putHeader("Retry-After", Long.toString(seconds(wait)))
                .putHeader("Content-Type", "application/json")
                .end("{\"error\":\"too many failed sign-ins\",\"detail\":\"try again in " + seconds(wait) + " seconds\"}");
    }

    private static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds());
    }

    /** How long attempts from this address must wait (zero: they may go ahead). */
    Duration lockedFor(String address) {
        return remaining(failuresByAddress.get(address));
    }

    /** How long attempts for this account from this address must wait: the longer of the two lockouts. */
    Duration lockedFor(String address, String account) {
        Duration byAddress = lockedFor(address);
        Duration byAccount = account == null ? Duration.ZERO : remaining(failuresByAccount.get(accountKey(account)));
        return byAddress.compareTo(byAccount) >= 0 ? byAddress : byAccount;
    }

    private Duration remaining(Failures failures) {
        Instant now = clock.instant();
        if (failures == null || failures.lockedUntil() == null || !failures.lockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.lockedUntil());
    }

    /** A wrong password or an unknown account: counts against both; answers the lockout that now applies, if any. */
    Duration failed(String address, String account) {
        Failures byAddress = count(failuresByAddress, address, maxFailuresPerAddress);
        Failures byAccount = count(failuresByAccount, accountKey(account), maxFailuresPerAccount);
        if (byAccount.lockedUntil() != null) {
            LOG.warnf("Sign-in to account '%s' locked until %s after %d failures (last from %s)", accountKey(account),
                    byAccount.lockedUntil(), byAccount.count(), address);
        }
        if (byAddress.lockedUntil() != null) {
            LOG.warnf("Sign-in from %s locked until %s after %d failures", address, byAddress.lockedUntil(), byAddress.count());
        }
        return lockedFor(address, account);
    }

    /** The account signed in with its password: its own count starts again (the address's does not). */
    void succeeded(String account) {
        failuresByAccount.remove(accountKey(account));
    }

    /** A failure counted against an address alone. */
    void recordFailure(String address) {
        count(failuresByAddress, address, maxFailuresPerAddress);
    }

    private Failures count(ConcurrentHashMap<String, Failures> counts, String key, int maxFailures) {
        Instant now = clock.instant();
        Failures updated = counts.compute(key, (ignored, old) -> {
            int count = old == null || old.last().plus(forgetAfter).isBefore(now) ? 1 : old.count() + 1;
            Instant lockedUntil = null;
            if (count >= maxFailures) {
                long factor = 1L << Math.min(20, count - maxFailures);
                Duration lockout = baseLockout.multipliedBy(factor);
                lockedUntil = now.plus(lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout);
            }
            return new Failures(count, now, lockedUntil);
        });
        if (counts.size() > 100_000) {
            counts.entrySet().removeIf(e -> e.getValue().last().plus(forgetAfter).isBefore(now));
        }
        return updated;
    }

    int maxFailures() {
        return maxFailuresPerAddress;
    }

    void forget(String address) {
        failuresByAddress.remove(address);
    }

    void forgetAccount(String account) {
        failuresByAccount.remove(accountKey(account));
    }

    /** Names are at most 64 characters; a longer one names no account, and is not kept whole in memory. */
    private static String accountKey(String account) {
        String name = account == null ? "" : account;
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    static String addressOf(RoutingContext rc) {
        return rc == null || rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    }

    /** The user name of a Basic header, or null when it cannot be read (Quarkus then refuses the header itself). */
    private static String basicUsername(String authorization) {
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
