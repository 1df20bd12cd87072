package docket.web;

import io.micronaut.http.HttpStatus;

import java.time.Duration;

/** A request refused because its sender is over a limit; answered 429 with {@code Retry-After}. */
public final class TooManyRequests extends Problem {

    private final long retryAfterSeconds;

    private TooManyRequests(String message, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** {@code wait} is rounded up to whole seconds, at least one. */
    public static TooManyRequests retryAfter(Duration wait, String message) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new TooManyRequests(message + " Please wait " + seconds + (seconds == 1 ? " second" : " seconds")
                + " and try again.", seconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
