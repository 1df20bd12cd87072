/**
 * The corpus: parties, members, documents and their pages, the import pipeline that turns PDFs
 * and images into content-addressed page images, and the screens that browse them.
 */
package docket.catalog;
