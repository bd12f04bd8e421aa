package org.experimentlog.persistence.upgrade.v1;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.experimentlog.persistence.AoOutcome;
import org.experimentlog.persistence.AoSchema;
import org.experimentlog.persistence.RepositoryContract;
import org.experimentlog.persistence.upgrade.v0.AoMeasurementV0;
import org.experimentlog.persistence.upgrade.v0.AoOutcomeV0;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Upgrade task 1 from each earlier model version (only 0 so far), on H2 and PostgreSQL: a database
 * built with the frozen shapes of version 0, filled as the app filled it then, upgraded, then
 * migrated to today's schema as Active Objects does after the tasks, and read through today's
 * entities.
 */
@RunWith(Parameterized.class)
public class Upgrade1LatestMeasurementTest {
    @Parameter public AoDatabase.Kind kind;

    private AoDatabase database;
    private ActiveObjects ao;
    private Upgrade1LatestMeasurement target;

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return RepositoryContract.databases();
    }

    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    @Before
    public void setUp() {
        database = AoDatabase.empty(kind);
        ao = database.activeObjects();
        ao.migrate(AoOutcomeV0.class, AoMeasurementV0.class);
        target = new Upgrade1LatestMeasurement();
    }

    @After
    public void tearDown() {
        database.close();
    }

    private int outcome(String title) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoOutcomeV0.TITLE, title);
        columns.put(AoOutcomeV0.METRIC_KIND, "percentage");
        columns.put(AoOutcomeV0.UNIT, "%");
        columns.put(AoOutcomeV0.DIRECTION, "higher-is-better");
        columns.put(AoOutcomeV0.BASELINE_VALUE, 60.0);
        columns.put(AoOutcomeV0.BASELINE_DATE, "2026-01-01");
        columns.put(AoOutcomeV0.TARGET_VALUE, 80.0);
        columns.put(AoOutcomeV0.TARGET_DATE, "2026-12-31");
        columns.put(AoOutcomeV0.OWNER_DEPARTMENT_ID, 1);
        columns.put(AoOutcomeV0.STATUS, "active");
        columns.put(AoOutcomeV0.CREATED_BY, "pia");
        columns.put(AoOutcomeV0.CREATED_AT, new Date());
        columns.put(AoOutcomeV0.ROW_VERSION, 1L);
        return ao.create(AoOutcomeV0.class, columns).getID();
    }

    private int measure(int outcome, String day) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoMeasurementV0.OUTCOME_ID, outcome);
        columns.put(AoMeasurementV0.MEASURED_VALUE, 65.0);
        columns.put(AoMeasurementV0.MEASURED_ON, day);
        columns.put(AoMeasurementV0.RECORDED_BY, "pia");
        columns.put(AoMeasurementV0.RECORDED_AT, new Date());
        return ao.create(AoMeasurementV0.class, columns).getID();
    }

    @Test
    public void upgrade_shouldPointEachOutcomeAtItsLatestMeasurement_fromModelVersion0() {
        int permits = outcome("Permits");
        int calls = outcome("Calls");
        int unmeasured = outcome("Not measured yet");
        int april = measure(permits, "2026-04-01");
        measure(permits, "2026-02-01");
        measure(calls, "2026-05-01");
        int corrected = measure(calls, "2026-05-01");

        target.upgrade(ModelVersion.valueOf("0"), ao);
        ao.migrate(AoSchema.entityArray());

        assertEquals(
                Integer.valueOf(april), ao.get(AoOutcome.class, permits).getLatestMeasurementId());
        assertEquals(
                Integer.valueOf(corrected),
                ao.get(AoOutcome.class, calls).getLatestMeasurementId());
        assertNull(ao.get(AoOutcome.class, unmeasured).getLatestMeasurementId());
    }

    @Test
    public void upgrade_shouldLeaveTheSameResult_whenItRunsTwice() {
        int permits = outcome("Permits");
        int april = measure(permits, "2026-04-01");

        target.upgrade(ModelVersion.valueOf("0"), ao);
        target.upgrade(ModelVersion.valueOf("0"), ao);
        ao.migrate(AoSchema.entityArray());

        assertEquals(
                Integer.valueOf(april), ao.get(AoOutcome.class, permits).getLatestMeasurementId());
    }

    @Test
    public void getModelVersion_shouldBeOne() {
        assertTrue(target.getModelVersion().isSame(ModelVersion.valueOf("1")));
    }
}
