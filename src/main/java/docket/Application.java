package docket;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * Starts the web application, or runs a tool (see {@link Tools}) when the first argument is a tool's
 * name or {@code --help}; arguments like {@code --micronaut.server.port=9000} still configure the server.
 */
@OpenAPIDefinition(info = @Info(title = "Docket", version = "1",
        description = "The JSON API of Docket, a crowdsourced document review platform. Errors are {status, title, detail}."))
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].contains("=")) {
            System.exit(Tools.run(args));
        }
        Micronaut.run(Application.class, args);
    }
}
