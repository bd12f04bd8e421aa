package org.experimentlog.persistence;

import static org.junit.Assert.assertTrue;

import org.experimentlog.testing.ao.TestDatabase;
import org.junit.Test;

public class SchemaSmokeTest {
    @Test
    public void migrate_shouldCreateEveryTable_onH2() {
        TestDatabase target = TestDatabase.h2();

        for (var entity : AoSchema.ENTITIES) {
            assertTrue(entity.getSimpleName(), target.activeObjects().moduleMetaData().isTablePresent(entity));
        }
    }

    @Test
    public void migrate_shouldCreateEveryTable_onPostgres() {
        TestDatabase target = TestDatabase.postgres();

        for (var entity : AoSchema.ENTITIES) {
            assertTrue(entity.getSimpleName(), target.activeObjects().moduleMetaData().isTablePresent(entity));
        }
    }
}
