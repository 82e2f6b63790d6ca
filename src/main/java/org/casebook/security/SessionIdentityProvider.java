package org.casebook.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The signed-in browser: the sign-in cookie names the user (Quarkus has decrypted and checked it); the roles are read
 * fresh, so a changed role takes effect at once and a deleted account is signed out.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        return context.runBlocking(() -> QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findByUsername(username).map(user -> user.roles))
                .map(roles -> AccountIdentityProvider.identity(username, roles))
                .orElseThrow(AuthenticationFailedException::new));
    }
}
