package docket.editor;

import docket.web.Problem;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Editors' access, on the desk (forms) and in the editor API: signing out, personal API tokens, and
 * unlocking an account locked after failed sign-ins. Only editors get past /editor and /api/editor
 * (application.yml); /logout is open, and ends whatever session the cookie names.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AccessController {

    private final ApiTokens tokens;
    private final Lockouts lockouts;
    private final EditorSessions sessions;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> cookieClearer;

    AccessController(ApiTokens tokens, Lockouts lockouts, EditorSessions sessions,
                     LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> cookieClearer) {
        this.tokens = tokens;
        this.lockouts = lockouts;
        this.sessions = sessions;
        this.cookieClearer = cookieClearer;
    }

    @Serdeable
    record TokenForm(@Nullable String name) {
    }

    @Serdeable
    record UnlockForm(@Nullable String reviewer) {
    }

    @Introspected
    record NewTokenView(String editor, ApiTokens.Created created) {
    }

    /** Replaces the library's sign-out, which only clears the cookie: a copy of it would keep working. */
    @Hidden
    @Post("/logout")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    MutableHttpResponse<?> signOut(HttpRequest<?> request, @Nullable Authentication editor) {
        if (editor != null && editor.getAttributes().get(EditorSessions.CLAIM) instanceof String session) {
            sessions.end(session);
        }
        return cookieClearer.logout(request);
    }

    @Get("/api/editor/tokens")
    List<ApiTokens.TokenView> tokens(Authentication editor) {
        return tokens.of(editor.getName());
    }

    @ApiResponse(responseCode = "201", description = "The token, shown this once.", useReturnTypeSchema = true)
    @Post("/api/editor/tokens")
    HttpResponse<ApiTokens.Created> create(@Body TokenForm form, Authentication editor) {
        return HttpResponse.created(tokens.create(editor, form.name()));
    }

    @ApiResponse(responseCode = "204", description = "Revoked.")
    @Delete("/api/editor/tokens/{id}")
    HttpResponse<?> revoke(long id, Authentication editor) {
        tokens.revoke(editor.getName(), id);
        return HttpResponse.noContent();
    }

    @Post("/api/editor/reviewers/{name}/unlock")
    Map<String, Object> unlock(String name, Authentication editor) {
        return Map.of("reviewer", lockouts.unlock(editor.getName(), name), "locked", false);
    }

    /** The new token is shown on a page of its own, once; the desk lists only its name. */
    @Hidden
    @View("editor/token")
    @Post("/editor/tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<NewTokenView> createFromDesk(@Body TokenForm form, Authentication editor) {
        return HttpResponse.ok(new NewTokenView(editor.getName(), tokens.create(editor, form.name())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Hidden
    @Post("/editor/tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revokeFromDesk(long id, Authentication editor) {
        tokens.revoke(editor.getName(), id);
        return HttpResponse.seeOther(URI.create("/editor#access"));
    }

    @Hidden
    @Post("/editor/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unlockFromDesk(@Body UnlockForm form, Authentication editor) {
        if (form.reviewer() == null || form.reviewer().isBlank()) {
            throw Problem.unprocessable("Give the name of the account to unlock.");
        }
        lockouts.unlock(editor.getName(), form.reviewer().strip());
        return HttpResponse.seeOther(URI.create("/editor#access"));
    }
}
