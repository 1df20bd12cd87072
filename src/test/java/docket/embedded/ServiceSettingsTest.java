package docket.embedded;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceSettingsTest {

    @Test
    void startsNothingWhenDatabaseAndRedisAreConfiguredByEnvironment() {
        ServiceSettings settings = ServiceSettings.from(
                Map.of("DATASOURCES_DEFAULT_URL", "jdbc:mysql://db:3306/docket", "REDIS_URI", "redis://cache:6379"),
                new Properties());

        assertFalse(settings.needsEmbedded());
    }

    @Test
    void startsTheMissingServerWhenOnlyOneIsConfigured() {
        ServiceSettings settings = ServiceSettings.from(Map.of("REDIS_URI", "redis://cache:6379"), new Properties());

        assertTrue(settings.needsEmbedded());
        assertFalse(settings.databaseConfigured());
        assertTrue(settings.redisConfigured());
    }

    @Test
    void systemPropertiesConfigureLikeTheEnvironment() {
        Properties system = new Properties();
        system.setProperty("datasources.default.url", "jdbc:mysql://db:3306/docket");
        system.setProperty("redis.uri", "redis://cache:6379");

        assertFalse(ServiceSettings.from(Map.of(), system).needsEmbedded());
    }

    @Test
    void dataDirectoryComesFromTheEnvironmentBeforeTheDefault() {
        Properties system = new Properties();
        system.setProperty("docket.default-data-dir", "/srv/project/data");

        assertEquals(Path.of("/srv/docket"), ServiceSettings.from(Map.of("DOCKET_DATA_DIR", "/srv/docket"), system).dataDir());
        assertEquals(Path.of("/srv/project/data"), ServiceSettings.from(Map.of(), system).dataDir());
        assertEquals(Path.of("data").toAbsolutePath(), ServiceSettings.from(Map.of(), new Properties()).dataDir());
    }
}
