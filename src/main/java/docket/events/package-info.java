/**
 * What happened to the truth in MySQL, published by the feature that changed it inside its transaction.
 * The features know nothing of the copies: {@code denorm/} alone listens, and each family of its
 * dictionary ({@code KeyFamily}) names the events that write it.
 */
package docket.events;
