package org.casebook.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How passwords are stored and checked. bcrypt reads only the first 72 bytes of what it is given, and the rules allow
 * 256 characters (up to 1,024 bytes of UTF-8): so the password is first condensed with HMAC-SHA-384 into 64 base64
 * characters, which bcrypt reads whole. Such hashes carry the {@link #CONDENSED} marker before the usual
 * {@code $2a$...} form. Hashes stored before (plain bcrypt, no marker) still verify for passwords of at most 72 bytes,
 * and are replaced on the next successful sign-in; a longer password cannot be told apart by them and is refused.
 */
final class PasswordHashes {

    static final String CONDENSED = "$cb1$";
    private static final int BCRYPT_MAX_BYTES = 72;
    /** A fixed, public key: it only keeps these digests apart from plain SHA-384 digests of the same passwords. */
    private static final byte[] CONDENSE_KEY = "casebook password, v1".getBytes(StandardCharsets.US_ASCII);
    /** A hash of a password nobody has, checked when the user does not exist so that unknown names take as long. */
    private static volatile String decoy;

    enum Check {
        MATCH,
        /** Right, but stored in the older plain-bcrypt form: store it again with {@link #hash}. */
        MATCH_OLDER_FORM,
        NO_MATCH
    }

    private PasswordHashes() {
    }

    static String hash(String password, int cost) {
        return CONDENSED + BcryptUtil.bcryptHash(condense(password), cost);
    }

    static Check check(String password, String stored) {
        if (password == null || stored == null) {
            return Check.NO_MATCH;
        }
        if (stored.startsWith(CONDENSED)) {
            return BcryptUtil.matches(condense(password), stored.substring(CONDENSED.length())) ? Check.MATCH : Check.NO_MATCH;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            BcryptUtil.matches(condense(password), stored); // same time as a real check
            return Check.NO_MATCH;
        }
        return BcryptUtil.matches(password, stored) ? Check.MATCH_OLDER_FORM : Check.NO_MATCH;
    }

    /** Spends the time of one check, for a user name that does not exist. */
    static void checkAgainstNobody(String password, int cost) {
        String hash = decoy;
        if (hash == null) {
            hash = decoy = hash("no account has this password " + System.nanoTime(), cost);
        }
        check(password == null ? "" : password, hash);
    }

    static String condense(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA384");
            mac.init(new SecretKeySpec(CONDENSE_KEY, "HmacSHA384"));
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA384 is part of every Java runtime", e);
        }
    }
}
