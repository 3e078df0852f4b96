package org.microcred.support.resilience;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure caused by a server this service depends on being away (PostgreSQL restarting, the broker down, a
 * connection cut) from a failure of the work itself. An outage says nothing about the event or request: the same work
 * succeeds once the server is back, so a consumer waits for it rather than giving the event up to its dead-letter
 * topic, and a request is answered 503 with Retry-After rather than 500.
 *
 * <p>Recognised by the exception classes of the JDK and Vert.x (matched by name, so this module needs no compile-time
 * dependency on the PostgreSQL client), by PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P
 * (operator intervention: shutting down, cannot connect now), and by the words the reactive clients use for a
 * closed or refused connection.
 */
public final class Outages {

    private static final Set<String> OUTAGE_CLASSES = Set.of(
            "io.netty.channel.ConnectTimeoutException",
            "io.netty.channel.StacklessClosedChannelException",
            "io.vertx.core.http.ConnectionPoolTooBusyException",
            "io.vertx.core.net.impl.ConnectionBase$StacklessClosedChannelException",
            "io.vertx.sqlclient.ClosedConnectionException",
            "org.apache.kafka.common.errors.TimeoutException",
            "org.apache.kafka.common.errors.DisconnectException",
            "org.apache.kafka.common.errors.NetworkException");
    private static final String[] OUTAGE_MESSAGES = {
        "connection refused", "connection reset", "connection is closed", "connection was closed",
        "failed to connect", "closed connection", "pending requests", "the database system is starting up",
        "the database system is shutting down", "terminating connection due to administrator command",
        "timeout waiting for connection", "connection pool reached max wait queue size",
        // The service's own pool, closed as it stops: an event in flight is left unacknowledged for the next start,
        // not dead-lettered (it once sent the dashboard's credential.issued events to the DLQ at every stop).
        "pool closed"};
    /** PostgreSQL SQLSTATE classes: 08 connection exception; 57P01..57P03 admin shutdown, crash, cannot connect now. */
    private static final String[] OUTAGE_SQL_STATES = {"08", "57P01", "57P02", "57P03"};

    private Outages() {
    }

    /** Whether {@code failure}, or anything in its cause chain, is a dependency being away. */
    public static boolean isOutage(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isOutageItself(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutageItself(Throwable t) {
        if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof ClosedChannelException
                || t instanceof SQLTransientConnectionException || t instanceof TimeoutException) {
            return true;
        }
        if (OUTAGE_CLASSES.contains(t.getClass().getName())) {
            return true;
        }
        String sqlState = sqlState(t);
        if (sqlState != null) {
            for (String prefix : OUTAGE_SQL_STATES) {
                if (sqlState.startsWith(prefix)) {
                    return true;
                }
            }
        }
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        for (String words : OUTAGE_MESSAGES) {
            if (message.contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** The SQLSTATE of a PostgreSQL client error ({@code PgException.getSqlState()}, read reflectively), else null. */
    private static String sqlState(Throwable t) {
        if (t instanceof java.sql.SQLException sql) {
            return sql.getSQLState();
        }
        if (!t.getClass().getName().equals("io.vertx.pgclient.PgException")) {
            return null;
        }
        try {
            Object state = t.getClass().getMethod("getSqlState").invoke(t);
            return state == null ? null : state.toString();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
