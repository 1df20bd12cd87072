/**
 * The demo corpus: invented parties, members and their expenses paperwork, written as
 * scanned-looking PDFs plus the manifest the importer reads. Everything is drawn from one
 * fixed seed, so the files (and the hashes the importer keys them by) never change.
 */
package docket.demo;
