package org.casebook.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks a user name and password (form sign-in and HTTP Basic alike): the one place where passwords are verified,
 * so also the one place where failures are counted ({@link LoginThrottle}) and older hashes are upgraded
 * ({@link PasswordHashes}).
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    LoginThrottle throttle;

    private record Account(long id, String hash, String roles) {
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> signIn(username, password, rc));
    }

    private SecurityIdentity signIn(String username, String password, RoutingContext rc) {
        String address = LoginThrottle.addressOf(rc);
        Duration locked = throttle.lockedFor(address, username);
        if (!locked.isZero()) {
            refuseLocked(rc, locked);
        }
        Optional<Account> account = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username)
                .map(user -> new Account(user.id, user.password, user.roles)));
        PasswordHashes.Check check;
        if (account.isPresent()) {
            check = PasswordHashes.check(password, account.get().hash());
        } else {
            PasswordHashes.checkAgainstNobody(password, AppUser.bcryptCost());
            check = PasswordHashes.Check.NO_MATCH;
        }
        if (check == PasswordHashes.Check.NO_MATCH) {
            throttle.failed(address, username); // the failure that reaches the limit is still answered as a wrong password
            throw new AuthenticationFailedException();
        }
        throttle.succeeded(username);
        if (check == PasswordHashes.Check.MATCH_OLDER_FORM) {
            upgrade(account.get(), password);
        }
        return identity(username, account.get().roles());
    }

    private static void refuseLocked(RoutingContext rc, Duration locked) {
        if (rc != null) {
            rc.put(LoginThrottle.LOCKED_FOR, locked);
        }
        throw new AuthenticationFailedException();
    }

    /** Stores the password again in the current form; only if nobody changed the row since it was read. */
    private static void upgrade(Account account, String password) {
        String hash = PasswordHashes.hash(password, AppUser.bcryptCost());
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("password = ?1 where id = ?2 and password = ?3", hash, account.id(),
                account.hash()));
    }

    static SecurityIdentity identity(String username, String roles) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(new java.util.LinkedHashSet<>(Arrays.asList(roles.split(","))))
                .build();
    }
}
