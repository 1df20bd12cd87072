package docket.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ViewUtils;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a page completely before the response starts. Micronaut Views otherwise renders while
 * writing the response, and a template error then leaves the browser waiting forever instead of
 * getting the error page (micronaut-views issue 832).
 *
 * <p>A request attribute named {@code view.NAME}, set by a filter, is the template variable
 * {@code NAME} on every page (the desk's forgery token is one).
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
public class EagerThymeleafRenderer<T> extends ThymeleafViewsRenderer<T> {

    public static final String VARIABLE_PREFIX = "view.";

    EagerThymeleafRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                           ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>(ViewUtils.modelOf(data));
        request.getAttributes().forEach((name, value) -> {
            if (name.startsWith(VARIABLE_PREFIX)) {
                model.put(name.substring(VARIABLE_PREFIX.length()), value);
            }
        });
        StringWriter page = new StringWriter();
        try {
            super.render(viewName, (T) model, request).writeTo(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
