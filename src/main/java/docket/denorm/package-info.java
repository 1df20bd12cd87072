/**
 * The denormalisation dictionary: every Redis key family, built from MySQL (the truth), written
 * incrementally by the operations that change it, and rebuilt or verified on demand.
 */
package docket.denorm;
