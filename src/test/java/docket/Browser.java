package docket;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.Map;

/** One browser: real HTTP with its own cookies, as a reviewer's browser would keep them. */
public final class Browser {

    private final HttpClient http;
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

    public Browser(HttpClient http) {
        this.http = http;
    }

    public HttpResponse<Map> post(String uri, Object body) {
        return send(HttpRequest.POST(uri, body));
    }

    public HttpResponse<Map> get(String uri) {
        return send(HttpRequest.GET(uri));
    }

    /** The response, whatever its status: a refused request is an answer too. */
    private HttpResponse<Map> send(MutableHttpRequest<?> request) {
        if (!cookies.isEmpty()) {
            request.header(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<Map> response;
        try {
            response = http.toBlocking().exchange(request, Map.class);
        } catch (HttpClientResponseException e) {
            response = (HttpResponse<Map>) e.getResponse();
        }
        for (String set : response.getHeaders().getAll(HttpHeaders.SET_COOKIE)) {
            String pair = set.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return response;
    }
}
