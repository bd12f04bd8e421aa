package org.experimentlog.testing.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.experimentlog.persistence.AoSchema;

/**
 * A real database with the plugin's schema migrated by Active Objects, named as Jira names it: H2
 * in memory, or PostgreSQL (an embedded server, or the one at the JDBC URL in {@code
 * -Dexperimentlog.test.postgres.url}). One of each kind is shared by all tests of a JVM; {@link
 * #clear()} empties it between tests.
 */
public final class AoDatabase {
    /** The kinds of database the contract tests run on. */
    public enum Kind {
        H2,
        POSTGRESQL
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static AoDatabase h2;
    private static AoDatabase postgres;
    private static EmbeddedPostgres embeddedPostgres;

    private final Kind kind;
    private final HikariDataSource pool;
    private final StatementCounter counter = new StatementCounter();
    private final EntityManager entityManager;
    private final EntityManagerActiveObjects activeObjects;

    /**
     * A database at a JDBC URL (H2 or PostgreSQL), with the plugin's schema and the extra entities
     * migrated. The sandbox uses this for its file database; tests use {@link #h2()} and {@link
     * #postgres()}.
     */
    public static AoDatabase connect(
            String url,
            String user,
            String password,
            List<Class<? extends RawEntity<?>>> extraEntities) {
        Kind kind = url.startsWith("jdbc:postgresql:") ? Kind.POSTGRESQL : Kind.H2;
        AoDatabase database = new AoDatabase(kind, url, user, password);
        if (!extraEntities.isEmpty()) {
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<?>>[] extra =
                    (Class<? extends RawEntity<?>>[]) extraEntities.toArray(new Class<?>[0]);
            database.activeObjects.migrate(extra);
        }
        return database;
    }

    /**
     * A new, empty database of this kind with nothing migrated: for upgrade tests, which build the
     * schema of an older model version first. Close it after use.
     */
    public static AoDatabase empty(Kind kind) {
        String url =
                kind == Kind.H2
                        ? "jdbc:h2:mem:experimentlog-empty"
                                + SEQUENCE.incrementAndGet()
                                + ";DB_CLOSE_DELAY=-1"
                        : freshPostgresUrl();
        return kind == Kind.H2
                ? new AoDatabase(kind, url, "sa", "", false)
                : new AoDatabase(kind, url, postgresUser(), postgresPassword(), false);
    }

    /** Closes the connection pool. */
    public void close() {
        pool.close();
    }

    private AoDatabase(Kind kind, String url, String user, String password) {
        this(kind, url, user, password, true);
    }

    private AoDatabase(Kind kind, String url, String user, String password, boolean migrate) {
        this.kind = kind;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("test-" + kind.name().toLowerCase(Locale.ROOT));
        this.pool = new HikariDataSource(config);
        DataSource counted = ProxyDataSourceBuilder.create(pool).listener(counter).build();
        DisposableDataSource dataSource = new Disposable(counted, pool);
        DatabaseProvider provider =
                kind == Kind.H2
                        ? new H2DatabaseProvider(dataSource, "PUBLIC")
                        : new PostgreSQLDatabaseProvider(dataSource, "public");
        this.entityManager = new EntityManager(provider, configuration());
        this.activeObjects = new EntityManagerActiveObjects(entityManager);
        if (migrate) {
            activeObjects.migrate(AoSchema.entityArray());
        }
    }

    /** The shared H2 database. */
    public static synchronized AoDatabase h2() {
        if (h2 == null) {
            h2 =
                    new AoDatabase(
                            Kind.H2,
                            "jdbc:h2:mem:experimentlog"
                                    + SEQUENCE.incrementAndGet()
                                    + ";DB_CLOSE_DELAY=-1",
                            "sa",
                            "");
        }
        return h2;
    }

    /** The shared PostgreSQL database. */
    public static synchronized AoDatabase postgres() {
        if (postgres == null) {
            String url = System.getProperty("experimentlog.test.postgres.url", "");
            if (url.isBlank()) {
                postgres =
                        new AoDatabase(
                                Kind.POSTGRESQL, freshEmbeddedDatabase(), "postgres", "postgres");
            } else {
                postgres =
                        new AoDatabase(
                                Kind.POSTGRESQL,
                                url,
                                System.getProperty("experimentlog.test.postgres.user", "postgres"),
                                System.getProperty("experimentlog.test.postgres.password", ""));
            }
        }
        return postgres;
    }

    public static AoDatabase of(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    /**
     * The JDBC URL of a new, empty PostgreSQL database: on the external server when {@code
     * -Dexperimentlog.test.postgres.url} is set (its credentials from {@link #postgresUser()} and
     * {@link #postgresPassword()}), else on the embedded server.
     */
    public static synchronized String freshPostgresUrl() {
        String url = System.getProperty("experimentlog.test.postgres.url", "");
        return url.isBlank() ? freshEmbeddedDatabase() : url;
    }

    public static String postgresUser() {
        return System.getProperty("experimentlog.test.postgres.user", "postgres");
    }

    public static String postgresPassword() {
        String url = System.getProperty("experimentlog.test.postgres.url", "");
        return url.isBlank()
                ? "postgres"
                : System.getProperty("experimentlog.test.postgres.password", "");
    }

    private static synchronized String freshEmbeddedDatabase() {
        try {
            if (embeddedPostgres == null) {
                File work = new File("target/embedded-pg");
                embeddedPostgres =
                        EmbeddedPostgres.builder()
                                .setOverrideWorkingDirectory(work)
                                .setCleanDataDirectory(true)
                                .start();
                Runtime.getRuntime()
                        .addShutdownHook(
                                new Thread(
                                        () -> {
                                            try {
                                                embeddedPostgres.close();
                                            } catch (IOException e) {
                                                // the JVM is ending; the data directory is cleaned
                                                // on the next start
                                            }
                                        }));
            }
            String name = "experimentlog_" + SEQUENCE.incrementAndGet();
            try (Connection connection = embeddedPostgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return embeddedPostgres.getJdbcUrl("postgres", name);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL for the tests. Run as a user that "
                            + "may start PostgreSQL (as root, `unshare -U` must be available), or point "
                            + "-Dexperimentlog.test.postgres.url at a server.",
                    e);
        }
    }

    private static EntityManagerConfiguration configuration() {
        PluginTablePrefix prefix = new PluginTablePrefix(AoSchema.NAMESPACE);
        NameConverters converters =
                new SimpleNameConverters(
                        new AtlassianTableNameConverter(prefix),
                        new AtlassianFieldNameConverter(),
                        new AtlassianSequenceNameConverter(),
                        new AtlassianTriggerNameConverter(),
                        new AtlassianIndexNameConverter(),
                        new AtlassianUniqueNameConverter());
        SchemaConfiguration schema = new DefaultSchemaConfiguration();
        // as Jira's Active Objects plugin configures it (EntityManagerFactoryImpl in
        // activeobjects-plugin): entity
        // metadata resolved once per class, not on every query, which was most of the issue panel's
        // time here
        EntityInfoResolverFactory resolvers = new CachingEntityInfoResolverFactory();
        return new EntityManagerConfiguration() {
            @Override
            @SuppressWarnings("deprecation") // still part of the interface Active Objects 6 calls
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return converters;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schema;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return resolvers;
            }
        };
    }

    public Kind kind() {
        return kind;
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** Counts the statements sent to this database. */
    public StatementCounter statements() {
        return counter;
    }

    /** The pool without the counting proxy, for tests that look at the schema through JDBC. */
    public DataSource rawDataSource() {
        return pool;
    }

    /** The name Active Objects gives an entity's table here, as in Jira. */
    public String tableName(Class<? extends RawEntity<?>> entity) {
        return entityManager.getTableNameConverter().getName(entity);
    }

    /** Deletes every row of every table of the plugin. */
    @SuppressWarnings("deprecation") // flushAll drops the entity cache, as a clean database needs
    public void clear() {
        for (Class<? extends RawEntity<?>> entity : AoSchema.ENTITIES) {
            deleteAll(entity);
        }
        entityManager.flushAll();
        counter.reset();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteAll(Class<? extends RawEntity<?>> entity) {
        activeObjects.deleteWithSQL((Class) entity, "ID > ?", 0);
    }

    /** A pooled data source that Active Objects may dispose of. */
    private static final class Disposable implements DisposableDataSource {
        private final DataSource delegate;
        private final HikariDataSource pool;

        Disposable(DataSource delegate, HikariDataSource pool) {
            this.delegate = delegate;
            this.pool = pool;
        }

        @Override
        public void dispose() {
            pool.close();
        }

        @Override
        public Connection getConnection() throws SQLException {
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return delegate.getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return delegate.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return delegate.isWrapperFor(iface);
        }
    }
}
