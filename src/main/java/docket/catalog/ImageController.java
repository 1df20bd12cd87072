package docket.catalog;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Serves page images; their names are content hashes, so browsers may keep them for a year. */
@Controller(ImageStore.URL_PATH)
class ImageController {

    private final ImageStore images;

    ImageController(ImageStore images) {
        this.images = images;
    }

    @ExecuteOn(TaskExecutors.BLOCKING)
    @Get("/{name}")
    HttpResponse<SystemFile> image(String name) {
        return images.find(name)
                .map(file -> HttpResponse.ok(new SystemFile(file.toFile(),
                                name.endsWith(".png") ? MediaType.IMAGE_PNG_TYPE : MediaType.IMAGE_JPEG_TYPE))
                        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable"))
                .orElseGet(HttpResponse::notFound);
    }
}
