package org.experimentlog.domain.register;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * What a plan says: the hypothesis (all five parts, the success signal among them), the method and
 * its details, the linked outcomes with their expected direction, and the planned sample size.
 *
 * @param method the method; null when none was chosen
 * @param methodDetails the details of the method; null when none were given
 * @param sampleSize the planned sample size; null when none was given
 */
public record PlanContent(
        Hypothesis hypothesis,
        Method method,
        String methodDetails,
        List<OutcomeLink> outcomes,
        Long sampleSize) {
    public PlanContent {
        requireNonNull(hypothesis, "hypothesis");
        outcomes = List.copyOf(outcomes);
    }

    /** A plan without a planned sample size. */
    public PlanContent(
            Hypothesis hypothesis,
            Method method,
            String methodDetails,
            List<OutcomeLink> outcomes) {
        this(hypothesis, method, methodDetails, outcomes, null);
    }

    /** The plan an experiment holds now. */
    public static PlanContent of(Experiment experiment) {
        return new PlanContent(
                experiment.hypothesis(),
                experiment.method().orElse(null),
                experiment.methodDetails().orElse(null),
                experiment.outcomes(),
                experiment.plannedSampleSize().orElse(null));
    }

    /**
     * The parts that differ in {@code after}, each with its text before and after. Outcomes are
     * written as {@code id:direction} pairs ({@code 3:increase,5:decrease}) and the method by its
     * code, so the texts stay language-neutral; the pages name them in the reader's language.
     */
    public List<PlanChange> changesTo(PlanContent after) {
        List<PlanChange> changes = new ArrayList<>();
        Hypothesis h = hypothesis;
        Hypothesis a = after.hypothesis;
        compare(changes, PlanPart.CHANGE, h.change(), a.change());
        compare(changes, PlanPart.AUDIENCE, h.audience(), a.audience());
        compare(changes, PlanPart.EXPECTED_RESULT, h.expectedResult(), a.expectedResult());
        compare(changes, PlanPart.REASON, h.reason(), a.reason());
        compare(changes, PlanPart.SIGNAL, h.signal(), a.signal());
        compare(
                changes,
                PlanPart.METHOD,
                method == null ? null : method.code(),
                after.method == null ? null : after.method.code());
        compare(changes, PlanPart.METHOD_DETAILS, methodDetails, after.methodDetails);
        compare(changes, PlanPart.OUTCOMES, outcomesText(outcomes), outcomesText(after.outcomes));
        compare(
                changes,
                PlanPart.SAMPLE_SIZE,
                sampleSize == null ? null : sampleSize.toString(),
                after.sampleSize == null ? null : after.sampleSize.toString());
        return changes;
    }

    private static void compare(
            List<PlanChange> changes, PlanPart part, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new PlanChange(part, before, after));
        }
    }

    /**
     * The outcomes as the plan stores them: {@code id:direction} pairs in id order, or null when
     * there are none.
     */
    public static String outcomesText(List<OutcomeLink> links) {
        if (links.isEmpty()) {
            return null;
        }
        return links.stream()
                .sorted((x, y) -> Long.compare(x.outcome().value(), y.outcome().value()))
                .map(l -> l.outcome().value() + ":" + l.expected().code())
                .collect(Collectors.joining(","));
    }

    /** The outcome ids in a stored outcomes text; none for null. */
    public static List<OutcomeId> outcomeIds(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(pair -> new OutcomeId(Long.parseLong(pair.split(":", 2)[0])))
                .toList();
    }

    /**
     * One changed part of the plan.
     *
     * @param before the text before; null when the part was empty
     * @param after the text after; null when the part was emptied
     */
    public record PlanChange(PlanPart part, String before, String after) {
        public PlanChange {
            requireNonNull(part, "part");
        }
    }
}
