/**
 * Results for journalists: tag and combination lists (party, member, document, assignment or
 * reviewer + tag), most tagged first or in order of first tagging with stable keyset pagination,
 * as HTML, JSON, streamed CSV and Atom.
 */
package docket.results;
