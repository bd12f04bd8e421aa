package org.experimentlog.benchmark.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.RawEntity;
import org.experimentlog.persistence.AoAuditEntry;
import org.experimentlog.persistence.AoFailureStory;
import org.experimentlog.persistence.AoLearning;
import org.experimentlog.persistence.AoMeasurement;
import org.experimentlog.persistence.AoResult;
import org.experimentlog.testing.ao.AoDatabase;

/**
 * The load test's check of the database after a run: every write the load tool saw succeed is in
 * its table (no lost update), nothing else was written, each new row has exactly one audit entry
 * ({@code created}) and there is no other new audit entry, and PostgreSQL counted no deadlock. It
 * reads ids above a {@link Baseline} taken before the run, so the data set's own rows do not count.
 */
public final class WriteAudit {
    /** The audited type code of each write the load test makes, with its table. */
    static final Map<String, Class<? extends RawEntity<?>>> WRITES = writes();

    private final AoDatabase database;

    public WriteAudit(AoDatabase database) {
        this.database = database;
    }

    /** Where the tables stood before a run. */
    public record Baseline(Map<String, Long> maxRowIds, long maxAuditId, long deadlocks) {}

    /**
     * What a run wrote: the ids of the new rows per audited type, the new audit entries (type,
     * object id, action), and PostgreSQL's deadlocks since the baseline (-1 on other databases).
     */
    public record Written(
            Map<String, List<Long>> newRows, List<AuditRow> newAuditEntries, long deadlocks) {}

    /** One audit entry. */
    public record AuditRow(String type, long objectId, String action) {}

    public Baseline baseline() throws SQLException {
        try (Connection connection = database.rawDataSource().getConnection()) {
            Map<String, Long> max = new LinkedHashMap<>();
            for (Map.Entry<String, Class<? extends RawEntity<?>>> write : WRITES.entrySet()) {
                max.put(write.getKey(), maxId(connection, write.getValue()));
            }
            return new Baseline(max, maxId(connection, AoAuditEntry.class), deadlocks(connection));
        }
    }

    public Written since(Baseline baseline) throws SQLException {
        try (Connection connection = database.rawDataSource().getConnection()) {
            Map<String, List<Long>> rows = new LinkedHashMap<>();
            for (Map.Entry<String, Class<? extends RawEntity<?>>> write : WRITES.entrySet()) {
                rows.put(
                        write.getKey(),
                        ids(
                                connection,
                                write.getValue(),
                                baseline.maxRowIds().get(write.getKey())));
            }
            List<AuditRow> audit = new ArrayList<>();
            try (PreparedStatement select =
                    connection.prepareStatement(
                            "SELECT \""
                                    + AoAuditEntry.OBJECT_TYPE
                                    + "\", \""
                                    + AoAuditEntry.OBJECT_ID
                                    + "\", \""
                                    + AoAuditEntry.AUDIT_ACTION
                                    + "\" FROM \""
                                    + database.tableName(AoAuditEntry.class)
                                    + "\" WHERE \"ID\" > ? ORDER BY \"ID\"")) {
                select.setLong(1, baseline.maxAuditId());
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        audit.add(
                                new AuditRow(
                                        result.getString(1),
                                        result.getLong(2),
                                        result.getString(3)));
                    }
                }
            }
            long deadlocks = deadlocks(connection);
            return new Written(
                    rows,
                    audit,
                    deadlocks < 0 || baseline.deadlocks() < 0
                            ? -1
                            : deadlocks - baseline.deadlocks());
        }
    }

    /**
     * What is wrong, one sentence each; empty when the run lost nothing, wrote nothing it did not
     * acknowledge, audited every write exactly once and met no deadlock.
     *
     * @param acknowledged the writes the load tool saw succeed, per audited type
     */
    public static List<String> problems(Written written, Map<String, Long> acknowledged) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<Long, Integer>> audited = new TreeMap<>();
        for (AuditRow row : written.newAuditEntries()) {
            if (!WRITES.containsKey(row.type())) {
                problems.add(
                        "An audit entry of a type the load test does not write: "
                                + row.type()
                                + " "
                                + row.objectId()
                                + " "
                                + row.action());
                continue;
            }
            if (!row.action().equals("created")) {
                problems.add(
                        "An audit entry that is not a creation: "
                                + row.type()
                                + " "
                                + row.objectId()
                                + " "
                                + row.action());
            }
            audited.computeIfAbsent(row.type(), t -> new TreeMap<>())
                    .merge(row.objectId(), 1, Integer::sum);
        }
        for (String type : WRITES.keySet()) {
            List<Long> rows = written.newRows().getOrDefault(type, List.of());
            long expected = acknowledged.getOrDefault(type, 0L);
            if (rows.size() < expected) {
                problems.add(
                        "Lost writes of "
                                + type
                                + ": "
                                + expected
                                + " acknowledged, "
                                + rows.size()
                                + " in the database");
            } else if (rows.size() > expected) {
                problems.add(
                        "Writes of "
                                + type
                                + " that were not acknowledged: "
                                + expected
                                + " acknowledged, "
                                + rows.size()
                                + " in the database");
            }
            Map<Long, Integer> entries = new TreeMap<>(audited.getOrDefault(type, Map.of()));
            for (long id : rows) {
                Integer count = entries.remove(id);
                if (count == null) {
                    problems.add("No audit entry for " + type + " " + id);
                } else if (count != 1) {
                    problems.add(count + " audit entries for " + type + " " + id);
                }
            }
            for (long id : entries.keySet()) {
                problems.add("An audit entry for " + type + " " + id + ", which is not a new row");
            }
        }
        if (written.deadlocks() > 0) {
            problems.add("PostgreSQL counted " + written.deadlocks() + " deadlock(s)");
        }
        return problems;
    }

    private long maxId(Connection connection, Class<? extends RawEntity<?>> entity)
            throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery(
                                "SELECT MAX(\"ID\") FROM \"" + database.tableName(entity) + "\"")) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<Long> ids(Connection connection, Class<? extends RawEntity<?>> entity, long above)
            throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select =
                connection.prepareStatement(
                        "SELECT \"ID\" FROM \""
                                + database.tableName(entity)
                                + "\" WHERE \"ID\" > ? ORDER BY \"ID\"")) {
            select.setLong(1, above);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
        }
        return ids;
    }

    /** PostgreSQL's count of deadlocks in this database; -1 on a database that keeps none. */
    private long deadlocks(Connection connection) throws SQLException {
        if (database.kind() != AoDatabase.Kind.POSTGRESQL) {
            return -1;
        }
        try (Statement statement = connection.createStatement();
                ResultSet result =
                        statement.executeQuery(
                                "SELECT deadlocks FROM pg_stat_database"
                                        + " WHERE datname = current_database()")) {
            return result.next() ? result.getLong(1) : -1;
        }
    }

    private static Map<String, Class<? extends RawEntity<?>>> writes() {
        Map<String, Class<? extends RawEntity<?>>> writes = new LinkedHashMap<>();
        writes.put("result", AoResult.class);
        writes.put("learning", AoLearning.class);
        writes.put("measurement", AoMeasurement.class);
        writes.put("failure-story", AoFailureStory.class);
        return writes;
    }
}
