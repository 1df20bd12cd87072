package docket.next;

/**
 * What the next button answers: a page, "the last pages are being reviewed" (every page left is held
 * by as many reviewers as it still needs; one may be freed in a moment), or nothing left for this reviewer.
 */
public sealed interface NextPage {

    NextPage ALL_HELD = new AllHeld();
    NextPage NOTHING_LEFT = new NothingLeft();

    record Page(long id) implements NextPage {
    }

    record AllHeld() implements NextPage {
    }

    record NothingLeft() implements NextPage {
    }
}
