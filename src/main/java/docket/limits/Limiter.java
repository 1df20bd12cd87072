package docket.limits;

import docket.web.TooManyRequests;
import docket.web.Visitor;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/** Applies the limits to one request's sender: each check passes, or throws 429 and logs the refusal. */
@Singleton
class Limiter {

    private final Buckets buckets;
    private final Refusals refusals;

    Limiter(Buckets buckets, Refusals refusals) {
        this.buckets = buckets;
        this.refusals = refusals;
    }

    /**
     * A review: counted per address and per reviewer; a first review also starts a new reviewer. A
     * browser on its first visit has no cookie yet, so only its address counts.
     */
    void review(String address, Optional<Visitor> visitor) {
        take(Limit.ADDRESS_REVIEWS, address(address));
        visitor.ifPresent(known -> take(Limit.REVIEWS, reviewer(known)));
        if (visitor.map(Visitor::reviewerId).isEmpty()) {
            take(Limit.NEW_REVIEWERS, address(address));
        }
        // A review ends the lease on its page, so the sender may hold another.
        noLease(address, visitor);
    }

    /** A page handed out and held for the sender for one lease. */
    void lease(String address, Optional<Visitor> visitor) {
        take(Limit.ADDRESS_LEASES, address(address));
        visitor.ifPresent(known -> take(Limit.LEASES, reviewer(known)));
    }

    /** A lease taken, or a request that took one but was handed no page: the sender may hold another. */
    void noLease(String address, Optional<Visitor> visitor) {
        visitor.ifPresent(known -> buckets.giveBack(Limit.LEASES, reviewer(known)));
        buckets.giveBack(Limit.ADDRESS_LEASES, address(address));
    }

    /** A password checked: the sign-in form, or HTTP Basic on the editors' API. */
    void signIn(String address) {
        take(Limit.SIGN_INS, address(address));
    }

    /** An API token about to be checked: refused while the address's failed tokens have used up its sign-ins. */
    void beforeToken(String address) {
        refuseIf(buckets.waitFor(Limit.SIGN_INS, address(address)), Limit.SIGN_INS, address(address));
    }

    /** An API token that signed nobody in: a guess, counted like a wrong password. */
    void failedToken(String address) {
        buckets.take(Limit.SIGN_INS, address(address));
    }

    private void take(Limit limit, String subject) {
        refuseIf(buckets.take(limit, subject), limit, subject);
    }

    private void refuseIf(Optional<Duration> wait, Limit limit, String subject) {
        if (wait.isPresent()) {
            refusals.record(subject, limit);
            throw TooManyRequests.retryAfter(wait.get(), limit.message());
        }
    }

    private static String address(String address) {
        return "address:" + address;
    }

    /** A reviewer once they have one; before their first review, the browser's cookie. */
    private static String reviewer(Visitor visitor) {
        return visitor.reviewerId() != null ? "reviewer:" + visitor.reviewerId() : "visitor:" + visitor.token();
    }
}
