package docket.results;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code docket.results.settle}: how long after its first tagging a page appears in the in-order
 * lists, so that a review still committing cannot land behind a reader's cursor.
 */
@ConfigurationProperties("docket.results")
record ResultSettings(Duration settle) {
}
