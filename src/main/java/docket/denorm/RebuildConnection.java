package docket.denorm;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The Redis connection of rebuilds and verification (the tools and the background rebuilds). Lettuce's
 * timeout belongs to a connection, and the next button's short one would fail a rebuild on a busy
 * machine: rebuilds have MySQL's whole truth to write and nobody waiting on a click, so they get a
 * connection and a timeout of their own.
 */
@Factory
class RebuildConnection {

    static final String NAME = "rebuild";

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "close")
    StatefulRedisConnection<String, String> rebuildConnection(RedisClient client,
                                                              @Value("${docket.denorm.redis-timeout:10s}") Duration timeout) {
        StatefulRedisConnection<String, String> connection = client.connect();
        connection.setTimeout(timeout);
        return connection;
    }
}
