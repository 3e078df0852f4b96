package org.microcred.issuance;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.util.List;

/** Reads the service's test database directly, for assertions on what is stored. */
public final class Db {

    private Db() {
    }

    public static List<Object[]> rows(String sql) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery(sql, Object[].class).getResultList())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery(sql, Long.class).getSingleResult())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an UPDATE (or other statement) in its own transaction; answers the rows it changed. */
    public static int update(String sql) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery(sql).executeUpdate())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
