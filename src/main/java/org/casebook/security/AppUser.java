package org.casebook.security;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Optional;

/**
 * A person who signs in: reviewers upload evidence, managers edit the case file, admins manage users. Passwords are
 * checked by {@link AccountIdentityProvider}.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 64)
    public String username;

    /** bcrypt (Modular Crypt Format) of the condensed password, see {@link PasswordHashes}; older rows: plain bcrypt. */
    @Column(nullable = false, length = 128)
    public String password;

    /** Comma-separated role names. */
    @Column(nullable = false, length = 256)
    public String roles;

    public static AppUser create(String username, String plainPassword, Collection<String> roles) {
        AppUser user = new AppUser();
        user.username = username;
        user.password = PasswordHashes.hash(plainPassword, bcryptCost());
        user.roles = String.join(",", roles);
        user.persist();
        return user;
    }

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /**
     * bcrypt's cost factor for new passwords (2^cost rounds); the tests lower it because every Basic
     * request re-checks the hash and some tests send thousands of requests.
     */
    static int bcryptCost() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("casebook.password.bcrypt-cost", Integer.class).orElse(10);
    }
}
