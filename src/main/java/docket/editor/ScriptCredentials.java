package docket.editor;

import io.micronaut.http.HttpRequest;

/**
 * Where a script's credentials (HTTP Basic, a personal API token) are read at all: the editor API,
 * and /health for its details. Anywhere else they are ignored, so that a public route never spends a
 * password hash or a database lookup on whatever an outsider sends.
 */
final class ScriptCredentials {

    private ScriptCredentials() {
    }

    static boolean basicReadOn(HttpRequest<?> request) {
        return request.getPath().startsWith("/api/editor/");
    }

    static boolean tokenReadOn(HttpRequest<?> request) {
        String path = request.getPath();
        return basicReadOn(request) || path.equals("/health") || path.startsWith("/health/");
    }
}
