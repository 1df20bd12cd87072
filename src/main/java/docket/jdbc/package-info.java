/**
 * What Docket tells MySQL Connector/J about the server beyond its connection properties, and how its
 * enums are stored in columns.
 */
package docket.jdbc;
