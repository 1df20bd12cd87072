package docket.jdbc;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.jdbc.interceptors.ConnectionLifecycleInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.ServerSession;
import com.mysql.cj.protocol.a.NativeCapabilities;
import com.mysql.cj.protocol.a.NativePacketPayload;

import java.sql.Savepoint;
import java.util.Arrays;
import java.util.Properties;

/**
 * Keeps the fractions of a second of every temporal value bound on a MariaDB 10.x connection.
 *
 * <p>Connector/J sends fractions only to a server whose version is at least MySQL 5.6.4
 * ({@code NativeCapabilities} sets {@code serverHasFracSecsSupport} from the greeting's version;
 * {@code AbstractValueEncoder.adjustTimestamp} and the other encoders truncate to the second when it is
 * false). MariaDB 10.x greets with {@code 5.5.5-10.11.6-MariaDB}, a replication prefix that MariaDB
 * 11.0 dropped, which Connector/J reads as server 5.5.5: every {@code Instant}, {@code Timestamp} and
 * {@code LocalDateTime} parameter then reached DATETIME(6) columns as {@code .000000}, on Micronaut Data
 * and plain JDBC statements alike. MariaDB has stored microseconds since 5.3.
 *
 * <p>Named in {@code connectionLifecycleInterceptors}, this runs once a connection has greeted and
 * signed in. On a MariaDB server reported without fractional seconds it replaces the session's
 * capabilities with the same greeting read again, saying that fractions are supported: the version and
 * every other capability stay as the server announced them. MySQL 8 and MariaDB 11 are left as they are.
 */
public final class MariaDbFractionalSeconds implements ConnectionLifecycleInterceptor {

    @Override
    public ConnectionLifecycleInterceptor init(MysqlConnection connection, Properties props, Log log) {
        ServerSession server = connection.getSession().getServerSession();
        if (server.getCapabilities() instanceof NativeCapabilities announced
                && !announced.serverSupportsFracSecs()
                && announced.getServerVersion().toString().contains("MariaDB")) {
            server.setCapabilities(new WithFractions(announced));
        }
        return this;
    }

    /** The server's greeting as it was, but with fractional seconds. */
    private static final class WithFractions extends NativeCapabilities {

        WithFractions(NativeCapabilities announced) {
            // A copy: the driver has read the rest of the original greeting while signing in.
            super(new NativePacketPayload(Arrays.copyOf(announced.getInitialHandshakePacket().getByteBuffer(),
                    announced.getInitialHandshakePacket().getPayloadLength())));
            setCapabilityFlags(announced.getCapabilityFlags());
            setThreadId(announced.getThreadId());
        }

        @Override
        public boolean serverSupportsFracSecs() {
            return true;
        }
    }

    // Nothing else to intercept: true lets the driver do its own work.

    @Override
    public void destroy() {
    }

    @Override
    public void close() {
    }

    @Override
    public boolean commit() {
        return true;
    }

    @Override
    public boolean rollback() {
        return true;
    }

    @Override
    public boolean rollback(Savepoint savepoint) {
        return true;
    }

    @Override
    public boolean setAutoCommit(boolean autoCommit) {
        return true;
    }

    @Override
    public boolean setDatabase(String database) {
        return true;
    }

    @Override
    public boolean transactionBegun() {
        return true;
    }

    @Override
    public boolean transactionCompleted() {
        return true;
    }
}
