package docket.editor;

import docket.community.Discovery;
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

/** Discoveries on the desk (forms) and in the editor API (JSON); only editors get here (application.yml). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class DiscoveryDeskController {

    private final DiscoveryDesk desk;

    DiscoveryDeskController(DiscoveryDesk desk) {
        this.desk = desk;
    }

    @Serdeable
    record DiscoveryForm(@Nullable Long page, @Nullable String headline, @Nullable String note, @Nullable String credit,
                         @Nullable String published) {
    }

    @Hidden
    @Post("/editor/discoveries")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> promoteFromDesk(@Body DiscoveryForm form, Authentication editor) {
        desk.promote(editor.getName(), new DiscoveryDesk.Request(form.page(), form.headline(), form.note(), form.credit(), true));
        return HttpResponse.seeOther(URI.create("/editor#discoveries"));
    }

    /** The desk's row form: publish or unpublish. */
    @Hidden
    @Post("/editor/discoveries/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeFromDesk(long id, @Body DiscoveryForm form, Authentication editor) {
        desk.change(editor.getName(), id, new DiscoveryDesk.Request(null, null, null, null, "yes".equals(form.published())));
        return HttpResponse.seeOther(URI.create("/editor#discoveries"));
    }

    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/editor/discoveries")
    HttpResponse<Discovery> promote(@Body DiscoveryDesk.Request request, Authentication editor) {
        return HttpResponse.status(HttpStatus.CREATED).body(desk.promote(editor.getName(), request));
    }

    @Patch("/api/editor/discoveries/{id}")
    Discovery change(long id, @Body DiscoveryDesk.Request request, Authentication editor) {
        return desk.change(editor.getName(), id, request);
    }
}
