package docket.assignment;

/** An assignment offered to reviewers with its progress: on the home page, and once they finish another. */
public record AssignmentWithProgress(Assignment assignment, AssignmentProgress progress) {
}
