package docket.editor;

import docket.tag.Tag;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.net.URI;

/** Tags on the desk (forms) and in the editor API (JSON); only editors get here (application.yml). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class TagDeskController {

    private final TagDesk desk;

    TagDeskController(TagDesk desk) {
        this.desk = desk;
    }

    @Serdeable
    record TagForm(@Nullable String slug, @Nullable String name, @Nullable String description,
                   @Nullable Integer position, @Nullable String active) {
    }

    @Hidden
    @Post("/editor/tags")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createFromDesk(@Body TagForm form, Authentication editor) {
        desk.create(editor.getName(), new TagDesk.NewTag(form.slug(), form.name(), form.description(), form.position()));
        return HttpResponse.seeOther(URI.create("/editor#tags"));
    }

    /** The desk's row form: an unticked "offered" box is how a tag is retired. */
    @Hidden
    @Post("/editor/tags/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeFromDesk(String slug, @Body TagForm form, Authentication editor) {
        desk.change(editor.getName(), slug, new TagDesk.TagChange(form.name(), form.description(), form.position(),
                form.active() != null));
        return HttpResponse.seeOther(URI.create("/editor#tags"));
    }

    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/editor/tags")
    HttpResponse<Tag> create(@Body TagDesk.NewTag request, Authentication editor) {
        return HttpResponse.status(HttpStatus.CREATED).body(desk.create(editor.getName(), request));
    }

    @Patch("/api/editor/tags/{slug}")
    Tag change(String slug, @Body TagDesk.TagChange change, Authentication editor) {
        return desk.change(editor.getName(), slug, change);
    }
}
