package docket.next;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code docket.next.lease}: how long a handed-out page is held for its reviewer;
 * {@code docket.next.sample}: how many random open pages each click considers.
 * (Redis timeouts are read where they are used: {@code docket.next.redis-timeout}, {@code docket.next.redis-retry}.)
 */
@ConfigurationProperties("docket.next")
record NextSettings(Duration lease, int sample) {
}
