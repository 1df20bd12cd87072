package docket.catalog;

/** A manifest row that cannot be imported, with a message that tells the user what to fix. */
public final class ImportFailure extends Exception {

    ImportFailure(String message) {
        super(message);
    }

    ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
