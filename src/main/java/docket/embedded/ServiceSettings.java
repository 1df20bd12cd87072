package docket.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * What the environment configures, read before the application context exists. Micronaut's own
 * names are honoured both as environment variables and as system properties.
 */
public record ServiceSettings(boolean databaseConfigured, boolean redisConfigured, Path dataDir, boolean fresh) {

    public static ServiceSettings fromEnvironment() {
        return from(System.getenv(), System.getProperties());
    }

    static ServiceSettings from(Map<String, String> env, Properties system) {
        return new ServiceSettings(
                isSet(env.get("DATASOURCES_DEFAULT_URL")) || isSet(system.getProperty("datasources.default.url")),
                isSet(env.get("REDIS_URI")) || isSet(system.getProperty("redis.uri")),
                // docket.default-data-dir is how `mvn mn:run`, whose working directory is target/, keeps data in the project.
                Path.of(firstSet(system.getProperty("docket.data-dir"), env.get("DOCKET_DATA_DIR"),
                        system.getProperty("docket.default-data-dir"), "data")).toAbsolutePath(),
                Boolean.parseBoolean(system.getProperty("docket.embedded.fresh", "false")));
    }

    boolean needsEmbedded() {
        return !databaseConfigured || !redisConfigured;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (isSet(value)) {
                return value;
            }
        }
        throw new IllegalArgumentException("no value");
    }
}
