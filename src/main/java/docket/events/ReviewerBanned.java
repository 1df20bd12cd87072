package docket.events;

/** A reviewer was banned ({@code banned}) or unbanned: their reviews stop counting, or count again. */
public record ReviewerBanned(long reviewerId, boolean banned) {
}
