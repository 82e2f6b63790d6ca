package org.casebook.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Optional;

/** A person who signs in: reviewers upload evidence, managers edit the case file, admins manage users. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class AppUser extends PanacheEntity {

    @Username
    @Column(nullable = false, unique = true, length = 64)
    public String username;

    /** bcrypt (Modular Crypt Format). */
    @Password
    @Column(nullable = false, length = 128)
    public String password;

    /** Comma-separated role names. */
    @Roles
    @Column(nullable = false, length = 256)
    public String roles;

    public static AppUser create(String username, String plainPassword, Collection<String> roles) {
        AppUser user = new AppUser();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(plainPassword, bcryptCost());
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
