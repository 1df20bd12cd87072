package docket.web;

import io.micronaut.http.HttpStatus;

/** Something a user asked for by name or id that does not exist (any more). */
public final class NotFound extends Problem {

    private NotFound(String message) {
        super(HttpStatus.NOT_FOUND, message);
    }

    public static NotFound of(String kind, Object key) {
        return new NotFound("No " + kind + " " + key + " here. It may have been removed.");
    }
}
