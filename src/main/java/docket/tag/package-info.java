/** The small, editor-controlled tag set reviewers choose from; retired tags stay on old reviews. */
package docket.tag;
