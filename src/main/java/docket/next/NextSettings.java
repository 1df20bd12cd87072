package docket.next;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code docket.next.lease}: how long a handed-out page is held for its reviewer;
 * {@code docket.next.sample}: how many random open pages each click considers;
 * {@code docket.next.retry-after}: when to ask again while every page left is being reviewed.
 * (Redis timeouts are read where they are used: {@code docket.next.redis-timeout}, {@code docket.next.redis-retry}.)
 */
@ConfigurationProperties("docket.next")
record NextSettings(Duration lease, int sample, @Bindable(defaultValue = "5s") Duration retryAfter) {
}
