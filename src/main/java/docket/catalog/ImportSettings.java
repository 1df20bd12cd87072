package docket.catalog;

import io.micronaut.context.annotation.ConfigurationProperties;

/** How imported pages are rendered: {@code docket.import.dpi} and {@code docket.import.thumbnail-width}. */
@ConfigurationProperties("docket.import")
record ImportSettings(int dpi, int thumbnailWidth) {
}
