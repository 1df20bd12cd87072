package docket.editor;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code docket.auth.max-failures}: failed sign-ins to one account within {@code failure-window} that
 * lock it; {@code lockout}: how long it stays locked unless an editor unlocks it sooner.
 */
@ConfigurationProperties("docket.auth")
record AuthSettings(int maxFailures, Duration failureWindow, Duration lockout) {
}
