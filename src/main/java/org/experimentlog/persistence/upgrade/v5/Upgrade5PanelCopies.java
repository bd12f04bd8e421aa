package org.experimentlog.persistence.upgrade.v5;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import net.java.ao.Query;

/**
 * Model version 5: what the issue panel shows is read in fewer queries. Each experiment row gets
 * copies of its departments ({@code DEPARTMENT_IDS}) and outcome links ({@code OUTCOME_LINKS}), so
 * the panel reads them with the experiment; each outcome row gets the value and day of its latest
 * measurement ({@code LATEST_VALUE}, {@code LATEST_ON}, next to the {@code LATEST_MEASUREMENT_ID}
 * of version 1), so the panel reads the outcomes and their progress in one query. This task fills
 * them for rows stored before the columns existed; from this version on the repositories write them
 * with the rows they copy, in the same transaction. Declared as {@code <upgradeTask>} in the
 * descriptor's {@code <ao>} module; Active Objects runs it once, on one node, when the stored model
 * version is older.
 *
 * <p>It works only on its own frozen copies of the tables' shapes at version 5 ({@link
 * AoExperimentV5}, {@link AoExperimentDepartmentV5}, {@link AoOutcomeLinkV5}, {@link AoOutcomeV5},
 * {@link AoMeasurementV5}), never on the live entities, so a later change to them cannot change
 * what it does. The copies' format is frozen here: the department ids in ascending order joined by
 * commas; the links as {@code outcomeId:direction} in the team's order (position, then id) joined
 * by commas; null for none; an outcome's latest measurement is the one of the latest day, then the
 * highest id, as in version 1.
 *
 * <p>It works through the experiments in batches of {@value #BATCH} by id, three queries and the
 * changed rows' updates a batch, then through the outcomes (hundreds, not thousands), one query
 * each. It can run again safely: it writes what the rows it copies hold.
 */
public final class Upgrade5PanelCopies implements ActiveObjectsUpgradeTask {
    static final ModelVersion VERSION = ModelVersion.valueOf("5");
    static final int BATCH = 500;

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    @SuppressWarnings("unchecked") // ActiveObjects.migrate takes generic varargs
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // the ao passed to an upgrade task knows no entities yet; this adds the two columns
        ao.migrate(
                AoExperimentV5.class,
                AoExperimentDepartmentV5.class,
                AoOutcomeLinkV5.class,
                AoOutcomeV5.class,
                AoMeasurementV5.class);
        copyAll(ao);
        copyLatest(ao);
    }

    /**
     * Points every outcome at its latest measurement, with that measurement's value and day;
     * returns how many rows changed.
     */
    static int copyLatest(ActiveObjects ao) {
        int changed = 0;
        for (AoOutcomeV5 outcome : ao.find(AoOutcomeV5.class)) {
            AoMeasurementV5[] latest =
                    ao.find(
                            AoMeasurementV5.class,
                            Query.select()
                                    .where(AoMeasurementV5.OUTCOME_ID + " = ?", outcome.getID())
                                    .order(AoMeasurementV5.MEASURED_ON + " DESC, ID DESC")
                                    .limit(1));
            Integer id = latest.length == 0 ? null : latest[0].getID();
            Double value = latest.length == 0 ? null : latest[0].getMeasuredValue();
            String on = latest.length == 0 ? null : latest[0].getMeasuredOn();
            if (!Objects.equals(id, outcome.getLatestMeasurementId())
                    || !Objects.equals(value, outcome.getLatestValue())
                    || !Objects.equals(on, outcome.getLatestOn())) {
                outcome.setLatestMeasurementId(id);
                outcome.setLatestValue(value);
                outcome.setLatestOn(on);
                outcome.save();
                changed++;
            }
        }
        return changed;
    }

    /** Fills both copies of every experiment from its child rows; returns how many rows changed. */
    static int copyAll(ActiveObjects ao) {
        int changed = 0;
        int afterId = 0;
        while (true) {
            AoExperimentV5[] page =
                    ao.find(
                            AoExperimentV5.class,
                            Query.select().where("ID > ?", afterId).order("ID").limit(BATCH));
            if (page.length == 0) {
                break;
            }
            afterId = page[page.length - 1].getID();
            Object[] ids = Stream.of(page).map(e -> (Object) e.getID()).toArray();
            Map<Integer, List<String>> departments = new HashMap<>();
            for (AoExperimentDepartmentV5 row :
                    ao.find(
                            AoExperimentDepartmentV5.class,
                            Query.select()
                                    .where(
                                            in(AoExperimentDepartmentV5.EXPERIMENT_ID, ids.length),
                                            ids)
                                    .order(AoExperimentDepartmentV5.DEPARTMENT_ID))) {
                departments
                        .computeIfAbsent(row.getExperimentId(), k -> new ArrayList<>())
                        .add(Integer.toString(row.getDepartmentId()));
            }
            Map<Integer, List<String>> links = new HashMap<>();
            for (AoOutcomeLinkV5 row :
                    ao.find(
                            AoOutcomeLinkV5.class,
                            Query.select()
                                    .where(in(AoOutcomeLinkV5.EXPERIMENT_ID, ids.length), ids)
                                    .order(AoOutcomeLinkV5.POSITION + ", ID"))) {
                links.computeIfAbsent(row.getExperimentId(), k -> new ArrayList<>())
                        .add(row.getOutcomeId() + ":" + row.getDirection());
            }
            for (AoExperimentV5 row : page) {
                String departmentIds = joined(departments.get(row.getID()));
                String outcomeLinks = joined(links.get(row.getID()));
                if (!Objects.equals(departmentIds, row.getDepartmentIds())
                        || !Objects.equals(outcomeLinks, row.getOutcomeLinks())) {
                    row.setDepartmentIds(departmentIds);
                    row.setOutcomeLinks(outcomeLinks);
                    row.save();
                    changed++;
                }
            }
            if (page.length < BATCH) {
                break;
            }
        }
        return changed;
    }

    private static String joined(List<String> values) {
        return values == null ? null : String.join(",", values);
    }

    /**
     * {@code COLUMN IN (?, ?, …)} with this many placeholders (a batch stays well below every
     * database's limit).
     */
    private static String in(String column, int count) {
        return column + " IN (" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }
}
