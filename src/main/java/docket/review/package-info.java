/**
 * Reviews and reviewers: the anon-N reviewer created by a browser's first review, recording a review
 * with its tags, and the review screen. The browser itself is known by {@code web}'s signed visitor cookie.
 */
package docket.review;
