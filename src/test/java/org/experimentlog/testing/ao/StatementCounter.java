package org.experimentlog.testing.ao;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements sent through the test data source (and keeps the last ones, for failure
 * messages).
 */
public final class StatementCounter implements QueryExecutionListener {
    private static final int KEPT = 200;

    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final List<String> recent = new ArrayList<>();
    private final List<List<Object>> recentParameters = new ArrayList<>();

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        // counted after execution
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        count.addAndGet(queryInfoList.size());
        for (QueryInfo query : queryInfoList) {
            if (query.getQuery().stripLeading().regionMatches(true, 0, "SELECT", 0, 6)) {
                reads.incrementAndGet();
            }
        }
        synchronized (recent) {
            for (QueryInfo query : queryInfoList) {
                if (recent.size() == KEPT) {
                    recent.remove(0);
                    recentParameters.remove(0);
                }
                recent.add(query.getQuery());
                recentParameters.add(parameters(query));
            }
        }
    }

    public void reset() {
        count.set(0);
        reads.set(0);
        synchronized (recent) {
            recent.clear();
            recentParameters.clear();
        }
    }

    public int count() {
        return count.get();
    }

    /**
     * How many of the statements counted since the last reset were queries (SELECT), the rest being
     * writes.
     */
    public int reads() {
        return reads.get();
    }

    /** The statements counted since the last reset (at most the last 200). */
    public List<String> statements() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /**
     * The parameters of the statements counted since the last reset, in step with {@link
     * #statements()}.
     */
    public List<List<Object>> parameters() {
        synchronized (recent) {
            return List.copyOf(recentParameters);
        }
    }

    /** The first batch's parameters in index order (a value may be null, so no List.copyOf). */
    private static List<Object> parameters(QueryInfo query) {
        List<Object> values = new ArrayList<>();
        if (query.getParametersList().isEmpty()) {
            return values;
        }
        query.getParametersList().get(0).stream()
                .sorted(Comparator.comparingInt(op -> ((Number) op.getArgs()[0]).intValue()))
                .forEach(
                        op ->
                                values.add(
                                        "setNull".equals(op.getMethod().getName())
                                                ? null
                                                : op.getArgs()[1]));
        return Collections.unmodifiableList(values);
    }
}
