package docket;

import io.micronaut.runtime.Micronaut;

/** Starts the web application, or with a tool's name as the first argument runs that tool (see {@link Tools}). */
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(Tools.run(args));
        }
        Micronaut.run(Application.class, args);
    }
}
