/**
 * Shared web plumbing that every screen uses and that knows no feature: the error handler, security
 * headers, cross-site checks, the client address, the public URL, the server secret, the signed
 * visitor cookie and the OpenAPI document.
 */
package docket.web;
