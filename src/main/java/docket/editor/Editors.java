package docket.editor;

import docket.review.Reviewer;
import docket.review.ReviewerRepository;
import docket.review.ReviewerRole;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/** Editor accounts: made by {@code tools/create-editor}, and one for a newcomer on the first demo run. */
@Singleton
public class Editors {

    static final int MINIMUM_PASSWORD = 10;

    private final ReviewerRepository reviewers;
    private final EditorSessions sessions;
    private final Lockouts lockouts;

    Editors(ReviewerRepository reviewers, EditorSessions sessions, Lockouts lockouts) {
        this.reviewers = reviewers;
        this.sessions = sessions;
        this.lockouts = lockouts;
    }

    /**
     * Creates the editor, or makes an existing reviewer of that name an editor with this password.
     * A new password signs the account out everywhere (whoever knew the old one loses their cookie)
     * and lifts a lockout, so that tools/create-editor can always let an editor back in.
     */
    public Reviewer save(String name, String password) {
        String hash = Passwords.hash(password);
        Reviewer editor = reviewers.findByName(name)
                .map(r -> reviewers.update(new Reviewer(r.id(), r.name(), hash, ReviewerRole.EDITOR, r.bannedAt())))
                .orElseGet(() -> reviewers.save(new Reviewer(null, name, hash, ReviewerRole.EDITOR, null)));
        sessions.endAll(editor.id());
        lockouts.forget(editor.id());
        return editor;
    }

    /** When there is no editor yet, creates "editor" with a random password and returns that password. */
    public Optional<String> firstEditor() {
        if (reviewers.existsByRole(ReviewerRole.EDITOR)) {
            return Optional.empty();
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        save("editor", password);
        return Optional.of(password);
    }
}
