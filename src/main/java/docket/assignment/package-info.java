/** Assignments: a scope of parties, members and documents, a review threshold, a state and featuring. */
package docket.assignment;
