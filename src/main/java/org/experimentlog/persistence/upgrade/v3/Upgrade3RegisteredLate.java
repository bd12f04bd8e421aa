package org.experimentlog.persistence.upgrade.v3;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.java.ao.Query;

/**
 * Model version 3: plans are registered when an experiment starts running, from this release on.
 * Experiments that were already running (or being analysed) when it was installed get their current
 * plan registered now, honestly labelled "registered late", because nobody can know what their plan
 * was when they started. Experiments still in design are registered at their first start; closed
 * ones never ran under registration and stay unregistered. Declared as {@code <upgradeTask>} in the
 * descriptor's {@code <ao>} module; Active Objects runs it once, on one node, when the stored model
 * version is older.
 *
 * <p>It works only on its own frozen copies of the tables' shapes at version 3 ({@link
 * AoExperimentV3}, {@link AoOutcomeLinkV3}, {@link AoIterationV3}, {@link AoRegisteredPlanV3}),
 * never on the live entities, repositories or domain, so a later change to any of them cannot
 * change what it does. The plan it writes is the snapshot format of version 3, frozen here: the
 * hypothesis, method code and method details as the experiment row holds them; the outcomes as
 * {@code id:direction} pairs in outcome id order joined by commas (null for none); the planned end
 * as the end day ({@code yyyy-MM-dd}) of the iteration with the highest number (null when it has
 * none); registered by the experiment's creator, now, late.
 *
 * <p>It works through the experiments in batches of {@value #BATCH} by id, three queries a batch.
 * It can run again safely: an experiment with a plan is skipped.
 */
public final class Upgrade3RegisteredLate implements ActiveObjectsUpgradeTask {
    static final ModelVersion VERSION = ModelVersion.valueOf("3");
    static final int BATCH = 200;
    private static final String RUNNING = "running";
    private static final String ANALYSING = "analysing";

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // the ao passed to an upgrade task knows no entities yet; this creates the plan table
        ao.migrate(
                AoExperimentV3.class,
                AoOutcomeLinkV3.class,
                AoIterationV3.class,
                AoRegisteredPlanV3.class);
        registerLate(ao, Instant.now());
    }

    /**
     * Registers, as late, the plan of every running or analysing experiment that has none; returns
     * how many.
     */
    static int registerLate(ActiveObjects ao, Instant now) {
        int registered = 0;
        int afterId = 0;
        while (true) {
            AoExperimentV3[] page =
                    ao.find(
                            AoExperimentV3.class,
                            Query.select()
                                    .where(
                                            "ID > ? AND " + AoExperimentV3.STAGE + " IN (?, ?)",
                                            afterId,
                                            RUNNING,
                                            ANALYSING)
                                    .order("ID")
                                    .limit(BATCH));
            if (page.length == 0) {
                break;
            }
            afterId = page[page.length - 1].getID();
            Map<Long, Boolean> planned = new HashMap<>();
            Object[] ids = Stream.of(page).map(e -> (Object) e.getID()).toArray();
            Object[] longIds = Stream.of(page).map(e -> (Object) (long) e.getID()).toArray();
            Query plans =
                    Query.select("ID, " + AoRegisteredPlanV3.EXPERIMENT_ID)
                            .where(in(AoRegisteredPlanV3.EXPERIMENT_ID, longIds.length), longIds);
            for (AoRegisteredPlanV3 plan : ao.find(AoRegisteredPlanV3.class, plans)) {
                planned.put(plan.getExperimentId(), true);
            }
            Map<Integer, String> outcomes =
                    Stream.of(
                                    ao.find(
                                            AoOutcomeLinkV3.class,
                                            Query.select()
                                                    .where(
                                                            in(
                                                                    AoOutcomeLinkV3.EXPERIMENT_ID,
                                                                    ids.length),
                                                            ids)))
                            .collect(
                                    Collectors.groupingBy(
                                            AoOutcomeLinkV3::getExperimentId,
                                            Collectors.collectingAndThen(
                                                    Collectors.toList(),
                                                    links ->
                                                            links.stream()
                                                                    .sorted(
                                                                            Comparator.comparingInt(
                                                                                    AoOutcomeLinkV3
                                                                                            ::getOutcomeId))
                                                                    .map(
                                                                            l ->
                                                                                    l.getOutcomeId()
                                                                                            + ":"
                                                                                            + l
                                                                                                    .getDirection())
                                                                    .collect(
                                                                            Collectors.joining(
                                                                                    ",")))));
            Map<Integer, AoIterationV3> latest = new HashMap<>();
            for (AoIterationV3 it :
                    ao.find(
                            AoIterationV3.class,
                            Query.select()
                                    .where(in(AoIterationV3.EXPERIMENT_ID, ids.length), ids))) {
                latest.merge(
                        it.getExperimentId(), it, (a, b) -> a.getSeqNo() >= b.getSeqNo() ? a : b);
            }
            for (AoExperimentV3 e : page) {
                if (planned.containsKey((long) e.getID())) {
                    continue;
                }
                AoIterationV3 last = latest.get(e.getID());
                Map<String, Object> columns = new HashMap<>();
                columns.put(AoRegisteredPlanV3.EXPERIMENT_ID, (long) e.getID());
                columns.put(AoRegisteredPlanV3.HYP_CHANGE, e.getHypChange());
                columns.put(AoRegisteredPlanV3.HYP_AUDIENCE, e.getHypAudience());
                columns.put(AoRegisteredPlanV3.HYP_RESULT, e.getHypResult());
                columns.put(AoRegisteredPlanV3.HYP_REASON, e.getHypReason());
                columns.put(AoRegisteredPlanV3.HYP_SIGNAL, e.getHypSignal());
                columns.put(AoRegisteredPlanV3.METHOD, e.getMethod());
                columns.put(AoRegisteredPlanV3.METHOD_DETAILS, e.getMethodDetails());
                columns.put(AoRegisteredPlanV3.OUTCOMES, outcomes.get(e.getID()));
                columns.put(
                        AoRegisteredPlanV3.PLANNED_END, last == null ? null : last.getEndDate());
                columns.put(AoRegisteredPlanV3.REGISTERED_BY, e.getCreatedBy());
                columns.put(AoRegisteredPlanV3.REGISTERED_AT, Date.from(now));
                columns.put(AoRegisteredPlanV3.LATE, true);
                ao.create(AoRegisteredPlanV3.class, columns);
                registered++;
            }
            if (page.length < BATCH) {
                break;
            }
        }
        return registered;
    }

    /**
     * {@code COLUMN IN (?, ?, …)} with this many placeholders (a batch stays well below every
     * database's limit).
     */
    private static String in(String column, int count) {
        return column + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }
}
