/**
 * The home page: the corpus in numbers, the featured assignments with their progress and leaders,
 * the latest discoveries and the tags to browse by. It only reads what other features own.
 */
package docket.home;
