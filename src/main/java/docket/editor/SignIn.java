package docket.editor;

import docket.review.Reviewer;
import docket.review.ReviewerRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Checks a name and password, for the sign-in form and for HTTP Basic on the editor API alike. */
@Singleton
class SignIn {

    static final String ROLE = "editor";

    enum Outcome { ACCEPTED, WRONG }

    record Checked(Outcome outcome, @Nullable Reviewer account) {

        List<String> roles() {
            return account != null && ROLE.equals(account.role()) ? List.of(ROLE) : List.of();
        }
    }

    private final ReviewerRepository reviewers;

    SignIn(ReviewerRepository reviewers) {
        this.reviewers = reviewers;
    }

    Checked check(String name, String password) {
        Optional<Reviewer> accepted = reviewers.findByName(name)
                .filter(r -> r.bannedAt() == null && Passwords.matches(password, r.passwordHash()));
        return accepted.map(r -> new Checked(Outcome.ACCEPTED, r)).orElseGet(() -> new Checked(Outcome.WRONG, null));
    }
}
