package org.experimentlog.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.experimentlog.testing.ao.StatementCounter;

/**
 * What the benchmarks measure the same way: timed runs after warm-up runs, their median and p95,
 * and the statements a request ran, replayed over plain JDBC to compare with.
 */
final class Timings {
    /** Runs before the timed ones, so the JIT and the database's caches are warm. */
    static final int WARM_UP = 3;

    /** A call to time; it may fail with the database. */
    @FunctionalInterface
    interface Call {
        void run() throws SQLException;
    }

    /**
     * The statements one call ran, in order, with their parameters, and how many the counter
     * counted.
     */
    record Statements(int count, List<String> sql, List<List<Object>> parameters) {
        /**
         * Whether they can be run again as they are: all kept (the counter keeps the last 200), and
         * no writes.
         */
        boolean replayable() {
            return sql.size() == count
                    && sql.stream()
                            .allMatch(
                                    q ->
                                            q.stripLeading()
                                                    .toUpperCase(Locale.ROOT)
                                                    .startsWith("SELECT"));
        }

        /**
         * Prints the database's plan of each statement, with the time it took where the database
         * says ({@code EXPLAIN ANALYZE} on H2 and PostgreSQL).
         */
        void explain(DataSource raw, PrintStream out) throws SQLException {
            try (Connection connection = raw.getConnection()) {
                for (int s = 0; s < sql.size(); s++) {
                    try (PreparedStatement statement =
                            connection.prepareStatement("EXPLAIN ANALYZE " + sql.get(s))) {
                        List<Object> values = parameters.get(s);
                        for (int p = 0; p < values.size(); p++) {
                            statement.setObject(p + 1, values.get(p));
                        }
                        out.println("-- " + sql.get(s) + "\n-- " + values);
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                out.println(rows.getString(1));
                            }
                        }
                    }
                }
            }
        }

        /** The nanoseconds of each timed replay over plain JDBC, after warm-up runs. */
        List<Long> replayTimes(DataSource raw, int runs) throws SQLException {
            return time(runs, () -> replay(raw));
        }

        /**
         * Prints each statement's median over plain JDBC, the rows it returned and its text, so a
         * profile shows which statement costs what. The statements run in their order each time, as
         * in {@link #replayTimes}: H2 reuses a statement's last result when the same statement runs
         * again on unchanged tables, so running one statement over and over would time nothing.
         */
        void profile(DataSource raw, int runs, PrintStream out) throws SQLException {
            List<List<Long>> times = new ArrayList<>();
            int[] rows = new int[sql.size()];
            for (int s = 0; s < sql.size(); s++) {
                times.add(new ArrayList<>());
            }
            for (int i = 0; i < runs + WARM_UP; i++) {
                try (Connection connection = raw.getConnection()) {
                    for (int s = 0; s < sql.size(); s++) {
                        long start = System.nanoTime();
                        rows[s] = run(connection, s);
                        if (i >= WARM_UP) {
                            times.get(s).add(System.nanoTime() - start);
                        }
                    }
                }
            }
            for (int s = 0; s < sql.size(); s++) {
                out.printf(
                        Locale.ROOT,
                        "    %2d %8.2f ms %7d rows  %s %s%n",
                        s + 1,
                        ms(percentile(times.get(s), 50)),
                        rows[s],
                        sql.get(s).replaceAll("\\s+", " "),
                        parameters.get(s));
            }
        }

        /**
         * The same statements with the same parameters over plain JDBC, reading every row and
         * column.
         */
        private void replay(DataSource raw) throws SQLException {
            try (Connection connection = raw.getConnection()) {
                for (int s = 0; s < sql.size(); s++) {
                    run(connection, s);
                }
            }
        }

        /** Runs one statement, reading every row and column; the rows read. */
        private int run(Connection connection, int s) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql.get(s))) {
                List<Object> values = parameters.get(s);
                for (int p = 0; p < values.size(); p++) {
                    statement.setObject(p + 1, values.get(p));
                }
                if (!statement.execute()) {
                    return 0;
                }
                int count = 0;
                try (ResultSet rows = statement.getResultSet()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        count++;
                        for (int c = 1; c <= columns; c++) {
                            rows.getObject(c);
                        }
                    }
                }
                return count;
            }
        }
    }

    private Timings() {}

    /**
     * The nanoseconds of each of {@code runs} timed calls, after {@link #WARM_UP} calls that are
     * not timed.
     */
    static List<Long> time(int runs, Call call) throws SQLException {
        return timeWithCpu(runs, call).wall();
    }

    /**
     * Wall-clock and CPU nanoseconds of each timed call. On a shared machine a call waits for a
     * core; its thread's CPU time is what the call itself cost (this thread's: the database of the
     * benchmarks runs in it, in memory).
     */
    static Runs timeWithCpu(int runs, Call call) throws SQLException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = 0; i < runs + WARM_UP; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            call.run();
            if (i >= WARM_UP) {
                wall.add(System.nanoTime() - start);
                cpu.add(threads.getCurrentThreadCpuTime() - startCpu);
            }
        }
        return new Runs(wall, cpu);
    }

    /** The wall-clock and CPU times of timed runs. */
    record Runs(List<Long> wall, List<Long> cpu) {}

    /** The statements the call runs, as the counter sees them. */
    static Statements capture(StatementCounter counter, Runnable call) {
        counter.reset();
        call.run();
        return new Statements(counter.count(), counter.statements(), counter.parameters());
    }

    static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(
                Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    /**
     * The machine's load average over the last minute ({@code /proc/loadavg}), printed beside each
     * figure since the machine may be shared; "-" where the file does not exist.
     */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "-";
        }
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
