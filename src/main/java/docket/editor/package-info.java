/**
 * The editor desk: editor accounts (Argon2id passwords with a per-account lockout, a login cookie
 * naming a server-side session, personal API tokens and HTTP Basic for scripts on the editor API)
 * and the screens and API editors use to steer the effort.
 */
package docket.editor;
