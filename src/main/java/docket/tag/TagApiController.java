package docket.tag;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Controller("/api/tags")
@ExecuteOn(TaskExecutors.BLOCKING)
class TagApiController {

    private final TagRepository tags;

    TagApiController(TagRepository tags) {
        this.tags = tags;
    }

    @Serdeable
    record TagJson(String slug, String name, String description) {
    }

    /** The tags reviewers can choose from now, in the editors' order. */
    @Get
    List<TagJson> active() {
        return tags.findByActiveTrueOrderByPosition().stream()
                .map(t -> new TagJson(t.slug(), t.name(), t.description()))
                .toList();
    }
}
