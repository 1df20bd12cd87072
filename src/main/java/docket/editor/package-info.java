/**
 * The editor desk: editor accounts (Argon2id passwords, a signed login cookie, HTTP Basic for
 * scripts) and the screens and API editors use to steer the effort.
 */
package docket.editor;
