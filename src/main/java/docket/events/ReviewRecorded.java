package docket.events;

import java.time.Instant;

/**
 * A reviewer's verdict on a page was written; {@code holder} is the visitor token that held the page,
 * {@code at} the review's time (taken just before its commit).
 */
public record ReviewRecorded(long reviewId, long pageId, long reviewerId, String holder, boolean tagged, Instant at) {
}
