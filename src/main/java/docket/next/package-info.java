/**
 * The next button: a pure selection pipeline over the assignment's Redis sets, with short leases
 * against herding and MySQL as the fallback whenever Redis is away or being rebuilt.
 */
package docket.next;
