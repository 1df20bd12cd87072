package docket.editor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;

import java.net.URI;
import java.util.List;

/**
 * Editors' access, on the desk (forms) and in the editor API: personal API tokens. Only editors get
 * past /editor and /api/editor (application.yml).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AccessController {

    private final ApiTokens tokens;

    AccessController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Serdeable
    record TokenForm(@Nullable String name) {
    }

    @Introspected
    record NewTokenView(String editor, ApiTokens.Created created) {
    }

    @Get("/api/editor/tokens")
    List<ApiTokens.TokenView> tokens(Authentication editor) {
        return tokens.of(editor.getName());
    }

    @Post("/api/editor/tokens")
    HttpResponse<ApiTokens.Created> create(@Body TokenForm form, Authentication editor) {
        return HttpResponse.created(tokens.create(editor.getName(), form.name()));
    }

    @Delete("/api/editor/tokens/{id}")
    HttpResponse<?> revoke(long id, Authentication editor) {
        tokens.revoke(editor.getName(), id);
        return HttpResponse.noContent();
    }

    /** The new token is shown on a page of its own, once; the desk lists only its name. */
    @View("editor/token")
    @Post("/editor/tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<NewTokenView> createFromDesk(@Body TokenForm form, Authentication editor) {
        return HttpResponse.ok(new NewTokenView(editor.getName(), tokens.create(editor.getName(), form.name())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/editor/tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revokeFromDesk(long id, Authentication editor) {
        tokens.revoke(editor.getName(), id);
        return HttpResponse.seeOther(URI.create("/editor#access"));
    }
}
