package docket.editor;

import docket.review.Reviewer;
import docket.review.ReviewerRepository;
import docket.web.NotFound;
import docket.web.Problem;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Personal API tokens for editors' scripts, instead of a password on every request: 256 random bits
 * after the prefix {@value #PREFIX} (so that a leaked one is recognisable in logs and by secret
 * scanners), shown once, stored only as their SHA-256. A plain hash suffices where a password needs
 * Argon2id: nobody can guess 256 random bits, so a stolen table yields nothing to try.
 */
@Singleton
class ApiTokens {

    static final String PREFIX = "docket_";
    /** The attribute that marks a request signed in by a token rather than by a password. */
    static final String SIGNED_IN_BY = "token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final ReviewerRepository reviewers;
    private final Audit audit;

    ApiTokens(ApiTokenRepository tokens, ReviewerRepository reviewers, Audit audit) {
        this.tokens = tokens;
        this.reviewers = reviewers;
        this.audit = audit;
    }

    /** A token as its editor sees it in the list: never the token itself. */
    @Introspected
    @Serdeable
    record TokenView(long id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {
    }

    /** The answer to making a token, the only time the token is shown. */
    @Introspected
    @Serdeable
    record Created(long id, String name, String token) {
    }

    List<TokenView> of(String editor) {
        return tokens.findByReviewerIdOrderById(account(editor).id()).stream()
                .map(t -> new TokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt())).toList();
    }

    /**
     * Only an editor who proved their password (the desk, HTTP Basic) makes tokens: a leaked token
     * that could mint others would outlive its own revocation.
     */
    Created create(Authentication editor, @Nullable String name) {
        if (editor.getAttributes().containsKey(SIGNED_IN_BY)) {
            throw Problem.forbidden("A token cannot make tokens: make one on the desk, or sign in with your password.");
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 60 || label.chars().anyMatch(Character::isISOControl)) {
            throw Problem.unprocessable("Give the token a name of up to 60 characters, without control characters, "
                    + "saying which script uses it.");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken saved = tokens.save(new ApiToken(null, account(editor.getName()).id(), label, sha256(token), null, null));
        audit.record(editor.getName(), "token.create", "token", String.valueOf(saved.id()), null, Map.of("name", label));
        return new Created(saved.id(), label, token);
    }

    /** An editor revokes their own tokens only; another editor's token is as good as missing. */
    void revoke(String editor, long id) {
        ApiToken token = tokens.findByIdAndReviewerId(id, account(editor).id()).orElseThrow(() -> NotFound.of("token", id));
        tokens.delete(token);
        audit.record(editor, "token.revoke", "token", String.valueOf(id), Map.of("name", token.name()), null);
    }

    /** The editor a token signs in, while it exists and they are an editor and not banned; records its use. */
    Optional<Authentication> authenticate(String token) {
        Optional<ApiTokenRepository.TokenHolder> holder = tokens.holder(sha256(token));
        holder.ifPresent(h -> tokens.used(h.id(), Instant.now()));
        return holder.map(h -> Authentication.build(h.name(), List.of(SignIn.ROLE), Map.of(SIGNED_IN_BY, h.id())));
    }

    private Reviewer account(String editor) {
        return reviewers.findByName(editor).orElseThrow(() -> NotFound.of("editor", editor));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
