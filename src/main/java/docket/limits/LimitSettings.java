package docket.limits;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code docket.limits.*}: how much one reviewer or one client address may do. Reviews are counted
 * per reviewer and per address, new reviewers and sign-in attempts per address, and pages held at
 * once (each page handed out is held for {@code docket.next.lease}) per reviewer and per address.
 * {@code enabled: false} switches every limit off, for load tests.
 */
@ConfigurationProperties("docket.limits")
record LimitSettings(boolean enabled, int reviewsPerMinute, int addressReviewsPerMinute, int newReviewersPerHour,
                     int leases, int addressLeases, int signInsPerMinute) {
}
