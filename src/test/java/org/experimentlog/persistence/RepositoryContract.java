package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.List;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Base of the repository contract suites: every test runs on H2 and on PostgreSQL, against real Active Objects, on
 * an emptied database.
 */
@RunWith(Parameterized.class)
public abstract class RepositoryContract {
    protected static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    @Parameter
    public AoDatabase.Kind kind;

    protected AoDatabase database;
    protected ActiveObjects ao;

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {AoDatabase.Kind.H2}, new Object[] {AoDatabase.Kind.POSTGRESQL});
    }

    @Before
    public final void emptyDatabase() {
        database = AoDatabase.of(kind);
        database.clear();
        ao = database.activeObjects();
    }

    /** Runs the work in one transaction, as the use cases do. */
    protected <T> T tx(java.util.function.Supplier<T> work) {
        return new AoTransactions(ao).inTransaction(work);
    }
}
