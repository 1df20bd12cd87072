package docket.editor;

import docket.web.Problem;
import io.micronaut.http.HttpStatus;

/** A sign-in refused because the account is locked, whatever the password. */
final class AccountLocked extends Problem {

    static final String MESSAGE = "This account is locked after too many failed sign-ins; another editor can unlock it on the desk.";

    private AccountLocked() {
        super(HttpStatus.UNAUTHORIZED, MESSAGE);
    }

    static AccountLocked refused() {
        return new AccountLocked();
    }
}
