package docket.editor;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Editor passwords, hashed with Argon2id (Password4j) at OWASP's recommended cost. */
final class Passwords {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    private Passwords() {
    }

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    /** Reads the cost from the stored hash, so hashes made at an older cost still verify. */
    static boolean matches(String password, String hash) {
        return hash != null && hash.startsWith("$argon2")
                && Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}
