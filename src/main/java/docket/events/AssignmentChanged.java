package docket.events;

/** An assignment was created, or its scope, threshold or state changed. */
public record AssignmentChanged(long assignmentId) {
}
