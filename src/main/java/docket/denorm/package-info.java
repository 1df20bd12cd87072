/**
 * The denormalisation dictionary: every Redis key family (and the one copy inside MySQL, the
 * tag lists' {@code tagged_page}), built from MySQL's truth, written
 * incrementally by the operations that change it, and rebuilt or verified on demand.
 */
package docket.denorm;
