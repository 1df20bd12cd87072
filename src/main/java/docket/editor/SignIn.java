package docket.editor;

import docket.review.Reviewer;
import docket.review.ReviewerRepository;
import docket.review.ReviewerRole;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Checks a name and password, for the sign-in form and for HTTP Basic on the editor API alike. A
 * locked account is refused before its password is hashed; an unknown name is hashed against a
 * stand-in so that it takes as long as a known one and timing tells no one which names exist.
 */
@Singleton
class SignIn {

    /** The security role of a signed-in editor, as application.yml names it. */
    static final String ROLE = ReviewerRole.EDITOR.value();

    enum Outcome { ACCEPTED, WRONG, LOCKED }

    record Checked(Outcome outcome, @Nullable Reviewer account) {

        List<String> roles() {
            return account != null && account.role() == ReviewerRole.EDITOR ? List.of(ROLE) : List.of();
        }
    }

    private final ReviewerRepository reviewers;
    private final Lockouts lockouts;
    private final String standIn = Passwords.hash("the stand-in for an account that does not exist");

    SignIn(ReviewerRepository reviewers, Lockouts lockouts) {
        this.reviewers = reviewers;
        this.lockouts = lockouts;
    }

    Checked check(String name, String password) {
        Optional<Reviewer> found = reviewers.findByName(name).filter(r -> r.passwordHash() != null);
        if (found.isEmpty()) {
            Passwords.matches(password, standIn);
            return new Checked(Outcome.WRONG, null);
        }
        Reviewer account = found.get();
        if (lockouts.locked(account.id())) {
            return new Checked(Outcome.LOCKED, account);
        }
        if (!Passwords.matches(password, account.passwordHash())) {
            return new Checked(lockouts.failed(account.id()) ? Outcome.LOCKED : Outcome.WRONG, account);
        }
        if (account.bannedAt() != null) {
            return new Checked(Outcome.WRONG, account);
        }
        lockouts.forget(account.id());
        return new Checked(Outcome.ACCEPTED, account);
    }
}
