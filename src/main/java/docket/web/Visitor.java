package docket.web;

import io.micronaut.core.annotation.Nullable;

/**
 * A browser, as its signed cookie identifies it: a random token from the first visit, and the
 * reviewer created by its first review.
 */
public record Visitor(String token, @Nullable Long reviewerId) {

    public Visitor withReviewer(long id) {
        return new Visitor(token, id);
    }
}
