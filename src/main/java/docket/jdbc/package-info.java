/**
 * What Docket tells MySQL Connector/J about the server beyond its connection properties.
 */
package docket.jdbc;
