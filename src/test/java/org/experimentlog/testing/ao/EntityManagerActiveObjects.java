package org.experimentlog.testing.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData;
import com.atlassian.activeobjects.external.FailedFastCountException;
import com.atlassian.activeobjects.spi.DatabaseType;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * {@link ActiveObjects} over a real Active Objects {@link EntityManager}, the way Jira's Active
 * Objects plugin provides it: SQL failures become unchecked exceptions, and {@link
 * #executeInTransaction} runs the callback in one database transaction (joining an outer one, as
 * the plugin's SAL-based transactions do).
 */
public final class EntityManagerActiveObjects implements ActiveObjects {
    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /**
     * The unchecked wrapper of an {@link SQLException}, like the plugin's {@code
     * ActiveObjectsSqlException}.
     */
    public static final class ActiveObjectsSqlFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ActiveObjectsSqlFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new ActiveObjectsSqlFailure(e);
        }
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs") // handed on unchanged to EntityManager
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(
                () -> {
                    entityManager.migrate(entities);
                    return null;
                });
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs") // handed on unchanged to EntityManager
    public final void migrateDestructively(Class<? extends RawEntity<?>>... entities) {
        sql(
                () -> {
                    entityManager.migrateDestructively(entities);
                    return null;
                });
    }

    @Override
    @SuppressWarnings("deprecation") // the ActiveObjects contract still has it
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    @SuppressWarnings("deprecation")
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs") // handed on unchanged to EntityManager
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        sql(
                () -> {
                    entityManager.create(type, rows);
                    return null;
                });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(
                () -> {
                    entityManager.delete(entities);
                    return null;
                });
    }

    @Override
    public <K> int deleteWithSQL(
            Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(
            Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return sql(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(
            Class<T> type, String keyField, String sql, Object... parameters) {
        return sql(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(
            Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        sql(
                () -> {
                    entityManager.stream(type, streamCallback);
                    return null;
                });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(
            Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        sql(
                () -> {
                    entityManager.stream(type, query, streamCallback);
                    return null;
                });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(
            Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <K> int getFastCountEstimate(Class<? extends RawEntity<K>> type)
            throws SQLException, FailedFastCountException {
        try {
            return entityManager.getFastCountEstimate(type);
        } catch (net.java.ao.FailedFastCountException e) {
            throw new FailedFastCountException(e);
        }
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        inTransaction.set(Boolean.TRUE);
        try {
            return sql(
                    () ->
                            new Transaction<T>(entityManager) {
                                @Override
                                protected T run() {
                                    return callback.doInTransaction();
                                }
                            }.execute());
        } finally {
            inTransaction.set(Boolean.FALSE);
        }
    }

    @Override
    public ActiveObjectsModuleMetaData moduleMetaData() {
        return new ActiveObjectsModuleMetaData() {
            @Override
            public void awaitInitialization() {
                // the entity manager is ready when it is constructed
            }

            @Override
            public void awaitInitialization(long timeout, TimeUnit unit) {
                // ready at construction
            }

            @Override
            public boolean isInitialized() {
                return true;
            }

            @Override
            public DatabaseType getDatabaseType() {
                return DatabaseType.UNKNOWN;
            }

            @Override
            public boolean isDataSourcePresent() {
                return true;
            }

            @Override
            public boolean isTablePresent(Class<? extends RawEntity<?>> type) {
                String table = entityManager.getTableNameConverter().getName(type);
                return sql(
                        () -> {
                            try (Connection connection =
                                            entityManager.getProvider().getConnection();
                                    ResultSet tables =
                                            entityManager.getProvider().getTables(connection)) {
                                while (tables.next()) {
                                    if (table.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                                        return true;
                                    }
                                }
                                return false;
                            }
                        });
            }
        };
    }
}
