package org.experimentlog.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.RawEntity;
import org.junit.Test;

/**
 * Migrates every entity with Active Objects and checks what Jira would reject or regret: names over
 * 30 characters (Oracle's limit, enforced by Atlassian's name converters), reserved words,
 * narrative text in limited columns, and column-name constants that name no column. Runs on H2 and
 * PostgreSQL.
 */
public class SchemaTest extends RepositoryContract {
    /**
     * Words reserved by SQL:2016 or by one of Jira's databases that a column name might plausibly
     * take.
     */
    private static final Set<String> RESERVED =
            Set.of(
                    "ACTION",
                    "BLOB",
                    "CLOB",
                    "COMMENT",
                    "DATE",
                    "DAY",
                    "DESC",
                    "END",
                    "FROM",
                    "GROUP",
                    "INDEX",
                    "KEY",
                    "LEVEL",
                    "LIMIT",
                    "NUMBER",
                    "OFFSET",
                    "ORDER",
                    "POSITION_",
                    "RESULT",
                    "ROW",
                    "ROWID",
                    "SELECT",
                    "SIZE",
                    "START",
                    "TABLE",
                    "TIMESTAMP",
                    "TO",
                    "TYPE",
                    "USER",
                    "VALUE",
                    "VALUES",
                    "VARCHAR2",
                    "VERSION",
                    "WHERE",
                    "YEAR");

    /** Columns that hold narrative text: no length limit. */
    private static final Set<String> NARRATIVE =
            Set.of(
                    "HYP_CHANGE",
                    "HYP_AUDIENCE",
                    "HYP_RESULT",
                    "HYP_REASON",
                    "HYP_SIGNAL",
                    "METHOD_DETAILS",
                    "CLOSING_NOTE",
                    "CHANGE_MADE",
                    "RATIONALE",
                    "FINDING",
                    "EVIDENCE_URL",
                    "NOTE",
                    "STATEMENT",
                    "DESCRIPTION",
                    "WHAT_WE_TRIED",
                    "WHAT_HAPPENED",
                    "WHAT_WE_LEARNED",
                    "DO_DIFFERENTLY",
                    "OTHER_FACTORS",
                    "NOTES",
                    "ACTION_TEXT",
                    "SETTING_VALUE");

    private final Map<String, Map<String, String>> columnsByTable = new TreeMap<>();
    private final Map<String, Set<String>> indexesByTable = new TreeMap<>();
    private final Map<String, Set<String>> indexedColumnsByTable = new TreeMap<>();

    private void readSchema() throws SQLException {
        try (Connection connection = database.rawDataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (Class<? extends RawEntity<?>> entity : AoSchema.ENTITIES) {
                String table = database.tableName(entity);
                String stored = table;
                Map<String, String> columns = new TreeMap<>();
                try (ResultSet rs = meta.getColumns(null, null, stored, null)) {
                    while (rs.next()) {
                        columns.put(
                                rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT),
                                rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT)
                                        + "("
                                        + rs.getInt("COLUMN_SIZE")
                                        + ")");
                    }
                }
                Set<String> indexes = new TreeSet<>();
                Set<String> indexedColumns = new TreeSet<>();
                try (ResultSet rs = meta.getIndexInfo(null, null, stored, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null) {
                            indexes.add(rs.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
                            indexedColumns.add(
                                    rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
                indexedColumnsByTable.put(table, indexedColumns);
                assertTrue(
                        entity.getSimpleName() + " has a table " + table + " on " + kind,
                        !columns.isEmpty());
                columnsByTable.put(table, columns);
                indexesByTable.put(table, indexes);
            }
        }
    }

    @Test
    public void everyTableColumnAndIndexName_shouldFitIn30Characters() throws SQLException {
        readSchema();
        List<String> tooLong = new ArrayList<>();

        columnsByTable.forEach(
                (table, columns) -> {
                    if (table.length() > 30) {
                        tooLong.add(table);
                    }
                    columns.keySet().stream()
                            .filter(c -> c.length() > 30)
                            .forEach(c -> tooLong.add(table + "." + c));
                    // H2 names the index behind a unique constraint "<constraint>_INDEX_<n>"
                    // itself; the constraint name that
                    // Active Objects chose is what Jira's databases see, and it is checked by
                    // Atlassian's converters.
                    indexesByTable.get(table).stream()
                            .filter(i -> i.length() > 30 && !i.matches(".*_INDEX_[0-9A-F]+"))
                            .forEach(i -> tooLong.add(table + " index " + i));
                });

        assertEquals(List.of(), tooLong);
    }

    @Test
    public void tables_shouldCarryThePluginPrefix() throws SQLException {
        readSchema();

        String prefix = database.tableName(AoExperiment.class).substring(0, 10);
        assertTrue(prefix, prefix.matches("AO_[0-9A-F]{6}_"));
        columnsByTable.keySet().forEach(table -> assertTrue(table, table.startsWith(prefix)));
    }

    @Test
    public void noColumn_shouldBeAReservedWord() throws SQLException {
        readSchema();
        List<String> reserved = new ArrayList<>();

        columnsByTable.forEach(
                (table, columns) ->
                        columns.keySet().stream()
                                .filter(RESERVED::contains)
                                .forEach(c -> reserved.add(table + "." + c)));

        assertEquals(List.of(), reserved);
    }

    @Test
    public void narrativeColumns_shouldBeUnlimitedText() throws SQLException {
        readSchema();
        List<String> limited = new ArrayList<>();
        int found = 0;

        for (Map.Entry<String, Map<String, String>> table : columnsByTable.entrySet()) {
            for (Map.Entry<String, String> column : table.getValue().entrySet()) {
                if (NARRATIVE.contains(column.getKey())) {
                    found++;
                    String type = column.getValue();
                    boolean unlimited =
                            type.startsWith("CHARACTER LARGE OBJECT")
                                    || type.startsWith("CLOB")
                                    || type.startsWith("TEXT");
                    if (!unlimited) {
                        limited.add(table.getKey() + "." + column.getKey() + " is " + type);
                    }
                }
            }
        }

        assertEquals(List.of(), limited);
        assertTrue("narrative columns found: " + found, found >= NARRATIVE.size());
    }

    @Test
    public void everyColumnConstant_shouldNameAColumnOfItsTable() throws Exception {
        readSchema();
        List<String> missing = new ArrayList<>();

        for (Class<? extends RawEntity<?>> entity : AoSchema.ENTITIES) {
            Map<String, String> columns = columnsByTable.get(database.tableName(entity));
            for (Field field : entity.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    String column = (String) field.get(null);
                    if (!columns.containsKey(column)) {
                        missing.add(
                                entity.getSimpleName() + "." + field.getName() + " = " + column);
                    }
                }
            }
        }

        assertEquals(List.of(), missing);
    }

    @Test
    public void lookupColumns_shouldBeIndexed() throws SQLException {
        readSchema();

        Map<Class<? extends RawEntity<?>>, List<String>> lookups =
                Map.of(
                        AoExperiment.class,
                                List.of(
                                        AoExperiment.ISSUE_ID,
                                        AoExperiment.PROJECT_KEY,
                                        AoExperiment.STAGE),
                        AoIteration.class, List.of(AoIteration.EXPERIMENT_ID),
                        AoResult.class, List.of(AoResult.EXPERIMENT_ID, AoResult.ITERATION_ID),
                        AoLearning.class, List.of(AoLearning.EXPERIMENT_ID),
                        AoLearningTag.class,
                                List.of(AoLearningTag.TAG, AoLearningTag.EXPERIMENT_ID),
                        AoMeasurement.class, List.of(AoMeasurement.OUTCOME_ID),
                        AoFailureStory.class,
                                List.of(AoFailureStory.CREATED_AT, AoFailureStory.AUTHOR),
                        AoAuditEntry.class, List.of(AoAuditEntry.OBJECT_ID),
                        AoVersionClaim.class,
                                List.of(AoVersionClaim.CLAIM, AoVersionClaim.OBJECT_KEY));
        List<String> missing = new ArrayList<>();

        lookups.forEach(
                (entity, columns) ->
                        columns.stream()
                                .filter(
                                        c ->
                                                !indexedColumnsByTable
                                                        .get(database.tableName(entity))
                                                        .contains(c))
                                .forEach(c -> missing.add(entity.getSimpleName() + "." + c)));

        assertEquals(List.of(), missing);
    }
}
