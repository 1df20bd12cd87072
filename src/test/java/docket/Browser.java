package docket;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One browser: real HTTP with its own cookies, as a reviewer's browser would keep them. */
public final class Browser {

    private final HttpClient http;
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();
    /** Headers sent with every request, e.g. the X-Forwarded-For a trusted proxy adds. */
    private final Map<String, String> headers = new java.util.LinkedHashMap<>();
    /** Every {@code Set-Cookie} header received, as sent. */
    private final List<String> cookiesSet = new ArrayList<>();
    /** The hidden forgery token of the last page shown, which its forms send back. */
    private String formToken;

    public Browser(HttpClient http) {
        this.http = http;
    }

    public HttpResponse<Map> post(String uri, Object body) {
        return send(HttpRequest.POST(uri, body), Map.class);
    }

    public HttpResponse<Map> get(String uri) {
        return send(HttpRequest.GET(uri), Map.class);
    }

    /** A page as the user ends up seeing it, after following redirects. */
    public Page open(String uri) {
        return follow(send(HttpRequest.GET(uri), String.class), uri);
    }

    /** Signs in through the sign-in form, as an editor would (opening it first); returns where that lands. */
    public Page signIn(String name, String password) {
        open("/login");
        return submit("/login", "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    /**
     * Submits a form of the page last shown, as the browser would (application/x-www-form-urlencoded,
     * with the page's hidden token), then follows redirects.
     */
    public Page submit(String uri, String form) {
        if (formToken != null) {
            form = form + "&csrf=" + URLEncoder.encode(formToken, StandardCharsets.UTF_8);
        }
        return follow(send(HttpRequest.POST(uri, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class), uri);
    }

    /**
     * Posts a form body exactly as given, with the page's token as the header a script would send
     * (the body may be one the server cannot even decode); does not follow redirects.
     */
    public HttpResponse<String> submitRaw(String uri, String form) {
        MutableHttpRequest<String> request = HttpRequest.POST(uri, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (formToken != null) {
            request.header("X-CSRF-Token", formToken);
        }
        return send(request, String.class);
    }

    /** A cookie this browser holds, as a forged request from another site would ride on it. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Sends this header with every request from now on; returns this browser. */
    public Browser withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Every {@code Set-Cookie} header this browser received, with its attributes. */
    public List<String> cookiesSet() {
        return cookiesSet;
    }

    /** The hidden forgery token of the last page shown. */
    public String formToken() {
        return formToken;
    }

    /** The page id in a {@code POST /api/assignments/{slug}/next} answer. */
    public static long pageId(HttpResponse<Map> next) {
        return ((Number) ((Map<?, ?>) next.body().get("page")).get("id")).longValue();
    }

    /** Where the browser landed and what it shows. */
    public record Page(String uri, int status, String html) {
    }

    private Page follow(HttpResponse<String> response, String uri) {
        for (int hops = 0; response.getStatus().getCode() / 100 == 3 && hops < 5; hops++) {
            uri = response.getHeaders().get(HttpHeaders.LOCATION);
            response = send(HttpRequest.GET(uri), String.class);
        }
        String html = response.getBody(String.class).orElse("");
        Matcher token = FORM_TOKEN.matcher(html);
        formToken = token.find() ? token.group(1) : formToken;
        return new Page(uri, response.getStatus().getCode(), html);
    }

    /** The response to a request sent without a browser's cookies, whatever its status: a refused request is an answer too. */
    public static HttpResponse<String> answer(HttpClient http, MutableHttpRequest<?> request) {
        return exchange(http, request, String.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> HttpResponse<T> exchange(HttpClient http, MutableHttpRequest<?> request, Class<T> type) {
        try {
            return http.toBlocking().exchange(request, type);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<T>) e.getResponse();
        }
    }

    /** The response, whatever its status, with this browser's headers and cookies. */
    private <T> HttpResponse<T> send(MutableHttpRequest<?> request, Class<T> type) {
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<T> response = exchange(http, request, type);
        for (String set : response.getHeaders().getAll(HttpHeaders.SET_COOKIE)) {
            cookiesSet.add(set);
            String pair = set.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return response;
    }
}
