/**
 * Browsing the corpus: the parties, a party's members, a member's documents, a document's pages and a
 * page with its tallies, discoveries and leaders. It reads the catalog, reviews and community, and owns no data.
 */
package docket.browse;
