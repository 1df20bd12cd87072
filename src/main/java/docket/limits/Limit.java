package docket.limits;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** One limit: what it counts, per whom, and what a refused sender is told. */
enum Limit {

    REVIEWS("reviews", "reviews per reviewer",
            "You are sending reviews faster than Docket takes them from one reviewer."),
    ADDRESS_REVIEWS("address-reviews", "reviews per address",
            "Docket is receiving reviews faster than it takes them from your network."),
    NEW_REVIEWERS("new-reviewers", "new reviewers per address",
            "Too many new reviewers have started from your network in the past hour."),
    LEASES("leases", "pages held at once per reviewer",
            "You have asked for more pages than you can review at once."),
    ADDRESS_LEASES("address-leases", "pages held at once per address",
            "Your network has asked for more pages than it is reviewing."),
    SIGN_INS("sign-ins", "sign-in attempts per address",
            "Too many sign-in attempts from your address.");

    private final String key;
    private final String description;
    private final String message;

    Limit(String key, String description, String message) {
        this.key = key;
        this.description = description;
        this.message = message;
    }

    /** The name in Redis keys and in the refusal log. */
    String key() {
        return key;
    }

    String description() {
        return description;
    }

    String message() {
        return message;
    }

    /** How many at most, renewed steadily over {@link #period}. */
    int capacity(LimitSettings settings) {
        return switch (this) {
            case REVIEWS -> settings.reviewsPerMinute();
            case ADDRESS_REVIEWS -> settings.addressReviewsPerMinute();
            case NEW_REVIEWERS -> settings.newReviewersPerHour();
            case LEASES -> settings.leases();
            case ADDRESS_LEASES -> settings.addressLeases();
            case SIGN_INS -> settings.signInsPerMinute();
        };
    }

    /** A lease bucket refills in one lease's time: it bounds the pages held at once, not a rate. */
    Duration period(Duration lease) {
        return switch (this) {
            case REVIEWS, ADDRESS_REVIEWS, SIGN_INS -> Duration.ofMinutes(1);
            case NEW_REVIEWERS -> Duration.ofHours(1);
            case LEASES, ADDRESS_LEASES -> lease;
        };
    }

    static Optional<Limit> byKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }
}
