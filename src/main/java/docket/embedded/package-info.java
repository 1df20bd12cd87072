/**
 * Real MariaDB and Redis servers that Docket starts for itself when no database or Redis is
 * configured, so that a fresh clone runs and tests with nothing installed but a JDK.
 */
package docket.embedded;
