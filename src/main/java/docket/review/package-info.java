/**
 * Reviews and reviewers: the signed cookie that identifies an anonymous browser, the anon-N
 * reviewer created by a first review, and recording a review with its tags.
 */
package docket.review;
