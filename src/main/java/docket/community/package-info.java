/** What the public sees of the effort: discoveries, credited to the reviewers who flagged them. */
package docket.community;
