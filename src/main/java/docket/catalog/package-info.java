/**
 * The corpus: parties, members, documents and their pages, and the import pipeline that turns PDFs
 * and images into content-addressed page images. The screens that browse it are in {@code browse}.
 */
package docket.catalog;
