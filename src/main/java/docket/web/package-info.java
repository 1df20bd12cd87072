/** Shared web plumbing: the home page, the error handler and the pieces every screen uses. */
package docket.web;
