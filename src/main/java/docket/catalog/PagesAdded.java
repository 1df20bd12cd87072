package docket.catalog;

/** Published once an imported document and its pages are committed, for the copies of data outside MySQL. */
public record PagesAdded(long documentId) {
}
