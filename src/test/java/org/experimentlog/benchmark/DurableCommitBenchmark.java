package org.experimentlog.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import org.experimentlog.sandbox.SandboxMain;

/**
 * What durable commits cost the sandbox's H2 file database: commits per second and milliseconds per
 * commit with H2's default write delay (a commit reaches the file up to 500 ms later) and with the
 * sandbox's setting ({@link SandboxMain#DURABLE_H2}: on the file before the commit returns). Each
 * commit is a small transaction like one write request of the app (an insert and two updates). Run
 * with {@code mvn -Pbenchmark -Dbenchmark.main=org.experimentlog.benchmark.DurableCommitBenchmark};
 * the figures are in docs/performance.md.
 */
public final class DurableCommitBenchmark {
    private static final int WARM_UP = 300;
    private static final int COMMITS = 2000;

    private DurableCommitBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.printf(
                "%d commits per run after %d warm-up commits, H2 file database%n",
                COMMITS, WARM_UP);
        for (int round = 1; round <= 2; round++) {
            for (String settings : new String[] {"", SandboxMain.DURABLE_H2}) {
                double perSecond = run(settings);
                System.out.printf(
                        "round %d  %-14s %7.0f commits/s  %6.2f ms per commit%n",
                        round,
                        settings.isEmpty() ? "H2 default" : settings,
                        perSecond,
                        1000 / perSecond);
            }
        }
    }

    private static double run(String settings) throws IOException, SQLException {
        Path directory = Files.createTempDirectory("durable-commit-benchmark");
        try (Connection connection =
                DriverManager.getConnection(
                        "jdbc:h2:file:"
                                + directory.resolve("db")
                                + (settings.isEmpty() ? "" : ";" + settings),
                        "sa",
                        "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute(
                        "CREATE TABLE ROW_ITEM(ID INT PRIMARY KEY, TITLE VARCHAR(255), ROW_VERSION BIGINT)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert =
                            connection.prepareStatement("INSERT INTO ROW_ITEM VALUES (?, ?, 1)");
                    PreparedStatement update =
                            connection.prepareStatement(
                                    "UPDATE ROW_ITEM SET ROW_VERSION = ROW_VERSION + 1 WHERE ID = ?")) {
                for (int i = 0; i < WARM_UP; i++) {
                    commit(connection, insert, update, i);
                }
                long start = System.nanoTime();
                for (int i = WARM_UP; i < WARM_UP + COMMITS; i++) {
                    commit(connection, insert, update, i);
                }
                return COMMITS / ((System.nanoTime() - start) / 1e9);
            }
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void commit(
            Connection connection, PreparedStatement insert, PreparedStatement update, int id)
            throws SQLException {
        insert.setInt(1, id);
        insert.setString(2, "Experiment " + id);
        insert.executeUpdate();
        update.setInt(1, id);
        update.executeUpdate();
        update.executeUpdate();
        connection.commit();
    }
}
