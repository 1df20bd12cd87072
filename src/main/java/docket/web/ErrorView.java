package docket.web;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record ErrorView(String title, String message) {
}
