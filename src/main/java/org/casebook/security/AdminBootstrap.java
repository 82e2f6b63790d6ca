package org.casebook.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * When nobody can sign in yet, creates {@code admin} with every role. The password comes from
 * CASEBOOK_ADMIN_PASSWORD; without it a random one is generated and printed once.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @ConfigProperty(name = "casebook.admin.password")
    Optional<String> configuredPassword;

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (AppUser.count() > 0) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        AppUser.create("admin", password, Roles.ALL);
        if (generated) {
            LOG.warnf("Created user 'admin' with generated password: %s (set CASEBOOK_ADMIN_PASSWORD to choose one)", password);
        } else {
            LOG.info("Created user 'admin' with the password from CASEBOOK_ADMIN_PASSWORD");
        }
    }
}
