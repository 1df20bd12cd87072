package docket.editor;

import docket.review.Reviewer;
import docket.review.ReviewerRepository;
import docket.web.NotFound;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Per-account brute-force protection: failed sign-ins are counted in MySQL (so every instance sees
 * the same count), and too many in the window lock the account until an editor unlocks it or the
 * lockout has passed. Limits per client address are the rate limiter's.
 */
@Singleton
class Lockouts {

    private final SignInFailures failures;
    private final ReviewerRepository reviewers;
    private final AuthSettings settings;
    private final Audit audit;

    Lockouts(SignInFailures failures, ReviewerRepository reviewers, AuthSettings settings, Audit audit) {
        this.failures = failures;
        this.reviewers = reviewers;
        this.settings = settings;
        this.audit = audit;
    }

    boolean locked(long reviewerId) {
        return failures.locked(reviewerId, lockedBefore(Instant.now()));
    }

    /** Counts a failed sign-in; returns whether the account is locked now. */
    boolean failed(long reviewerId) {
        Instant now = Instant.now();
        failures.count(reviewerId, now, now.minus(settings.failureWindow()));
        failures.lockIfTooMany(reviewerId, settings.maxFailures(), now, lockedBefore(now));
        return failures.locked(reviewerId, lockedBefore(now));
    }

    void forget(long reviewerId) {
        failures.forget(reviewerId);
    }

    List<LockedAccount> locked() {
        return failures.lockedSince(lockedBefore(Instant.now()));
    }

    /** Returns the account's name as stored. */
    String unlock(String editor, String name) {
        Reviewer account = reviewers.findByName(name).orElseThrow(() -> NotFound.of("reviewer", name));
        boolean wasLocked = locked(account.id());
        failures.forget(account.id());
        audit.record(editor, "reviewer.unlock", "reviewer", account.name(), Map.of("locked", wasLocked), Map.of("locked", false));
        return account.name();
    }

    private Instant lockedBefore(Instant now) {
        return now.minus(settings.lockout());
    }
}
