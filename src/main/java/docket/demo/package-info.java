/**
 * The demo: a generated, deterministic corpus of scanned-looking claim forms, receipts and
 * hand-written letters, loaded through the real import pipeline with default tags and an assignment.
 */
package docket.demo;
