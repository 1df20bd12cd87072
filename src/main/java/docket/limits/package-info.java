/**
 * Abuse limits for the public side: token buckets per reviewer and per client address for reviews,
 * new reviewers, pages held at once and sign-in attempts, shared by every instance through Redis,
 * and the record of recent refusals shown on the editor desk.
 */
package docket.limits;
