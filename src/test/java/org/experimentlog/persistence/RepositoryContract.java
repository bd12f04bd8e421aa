package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.experimentlog.testing.ao.AoDatabase;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * Base of the repository contract suites: every test runs on H2 and on PostgreSQL, against real
 * Active Objects, on an emptied database.
 */
@RunWith(Parameterized.class)
public abstract class RepositoryContract {
    protected static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    @Parameter public AoDatabase.Kind kind;

    protected AoDatabase database;
    protected ActiveObjects ao;

    /**
     * H2 and PostgreSQL, or those named in {@code experimentlog.test.databases} ({@code
     * H2,POSTGRESQL}): the build runs H2 with the fast tests ({@code mvn test}) and PostgreSQL with
     * the slow ones ({@code mvn verify}).
     */
    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return Arrays.stream(
                        System.getProperty("experimentlog.test.databases", "H2,POSTGRESQL")
                                .split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> new Object[] {AoDatabase.Kind.valueOf(name)})
                .toList();
    }

    @Before
    public final void emptyDatabase() {
        database = AoDatabase.of(kind);
        database.clear();
        ao = database.activeObjects();
    }

    /** Runs the work in one transaction, as the use cases do. */
    protected <T> T tx(Supplier<T> work) {
        return new AoTransactions(ao).inTransaction(work);
    }
}
