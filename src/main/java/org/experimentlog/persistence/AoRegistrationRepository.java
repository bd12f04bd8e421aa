package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.experimentlog.app.port.RegistrationRepository;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.Deviation;
import org.experimentlog.domain.register.DeviationKind;
import org.experimentlog.domain.register.PlanContent;
import org.experimentlog.domain.register.PlanPart;
import org.experimentlog.domain.register.RegisteredPlan;
import org.springframework.stereotype.Component;

/** Registered plans and deviations in Active Objects; rows are inserted once and never updated. */
@Component
public final class AoRegistrationRepository implements RegistrationRepository {
    private final ActiveObjects ao;

    @Inject
    public AoRegistrationRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<RegisteredPlan> planOf(ExperimentId experiment) {
        AoRegisteredPlan[] rows =
                ao.find(
                        AoRegisteredPlan.class,
                        Query.select()
                                .where(
                                        AoRegisteredPlan.EXPERIMENT_ID + " = ?",
                                        experiment.value()));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public RegisteredPlan register(RegisteredPlan plan) {
        PlanContent c = plan.content();
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoRegisteredPlan.EXPERIMENT_ID, plan.experimentId().value());
        columns.put(AoRegisteredPlan.HYP_CHANGE, c.hypothesis().change());
        columns.put(AoRegisteredPlan.HYP_AUDIENCE, c.hypothesis().audience());
        columns.put(AoRegisteredPlan.HYP_RESULT, c.hypothesis().expectedResult());
        columns.put(AoRegisteredPlan.HYP_REASON, c.hypothesis().reason());
        columns.put(AoRegisteredPlan.HYP_SIGNAL, c.hypothesis().signal());
        columns.put(AoRegisteredPlan.METHOD, c.method() == null ? null : c.method().code());
        columns.put(AoRegisteredPlan.METHOD_DETAILS, c.methodDetails());
        columns.put(AoRegisteredPlan.OUTCOMES, PlanContent.outcomesText(c.outcomes()));
        columns.put(AoRegisteredPlan.PLANNED_SAMPLE, c.sampleSize());
        columns.put(
                AoRegisteredPlan.PLANNED_END, plan.plannedEndDate().map(Days::format).orElse(null));
        columns.put(AoRegisteredPlan.REGISTERED_BY, plan.registeredBy().key());
        columns.put(AoRegisteredPlan.REGISTERED_AT, Days.toDate(plan.registeredAt()));
        columns.put(AoRegisteredPlan.LATE, plan.late());
        ao.create(AoRegisteredPlan.class, columns);
        return plan;
    }

    @Override
    public List<Deviation> deviationsOf(ExperimentId experiment) {
        return Arrays.stream(
                        ao.find(
                                AoDeviation.class,
                                Query.select()
                                        .where(
                                                AoDeviation.EXPERIMENT_ID + " = ?",
                                                experiment.value())
                                        .order(AoDeviation.PLAN_VERSION + ", ID")))
                .map(AoRegistrationRepository::toDomain)
                .toList();
    }

    @Override
    public Deviation add(Deviation d) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoDeviation.EXPERIMENT_ID, d.experimentId().value());
        columns.put(AoDeviation.PLAN_VERSION, d.planVersion());
        columns.put(AoDeviation.PLAN_PART, d.part().code());
        columns.put(AoDeviation.OLD_TEXT, d.before());
        columns.put(AoDeviation.NEW_TEXT, d.after());
        columns.put(AoDeviation.REASON, d.reason());
        columns.put(AoDeviation.AUTHOR, d.by().key());
        columns.put(AoDeviation.CREATED_AT, Days.toDate(d.at()));
        ao.create(AoDeviation.class, columns);
        return d;
    }

    @Override
    public Map<ExperimentId, Set<DeviationKind>> deviationKinds(
            Collection<ExperimentId> experiments) {
        Map<ExperimentId, Set<DeviationKind>> kinds = new LinkedHashMap<>();
        List<Long> ids = experiments.stream().map(ExperimentId::value).distinct().toList();
        for (int from = 0; from < ids.size(); from += InClause.MAX_VALUES) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + InClause.MAX_VALUES));
            for (AoDeviation row :
                    ao.find(
                            AoDeviation.class,
                            Query.select(
                                            "ID, "
                                                    + AoDeviation.EXPERIMENT_ID
                                                    + ", "
                                                    + AoDeviation.PLAN_PART)
                                    .where(
                                            InClause.of(AoDeviation.EXPERIMENT_ID, batch.size()),
                                            batch.toArray()))) {
                kinds.computeIfAbsent(
                                new ExperimentId(row.getExperimentId()),
                                id -> EnumSet.noneOf(DeviationKind.class))
                        .add(Coded.fromCode(PlanPart.class, row.getPlanPart(), "part").kind());
            }
        }
        return kinds;
    }

    @Override
    public void deleteOf(ExperimentId experiment) {
        ao.deleteWithSQL(AoDeviation.class, AoDeviation.EXPERIMENT_ID + " = ?", experiment.value());
        ao.deleteWithSQL(
                AoRegisteredPlan.class,
                AoRegisteredPlan.EXPERIMENT_ID + " = ?",
                experiment.value());
    }

    private static RegisteredPlan toDomain(AoRegisteredPlan row) {
        PlanContent content =
                new PlanContent(
                        new Hypothesis(
                                row.getHypChange(),
                                row.getHypAudience(),
                                row.getHypResult(),
                                row.getHypReason(),
                                row.getHypSignal()),
                        row.getMethod() == null
                                ? null
                                : Coded.fromCode(Method.class, row.getMethod(), "method"),
                        row.getMethodDetails(),
                        outcomes(row.getOutcomes()),
                        row.getPlannedSample());
        return new RegisteredPlan(
                new ExperimentId(row.getExperimentId()),
                content,
                Days.parse(row.getPlannedEnd()),
                new UserRef(row.getRegisteredBy()),
                Days.toInstant(row.getRegisteredAt()),
                row.isLate());
    }

    /** Reads {@code 3:increase,5:decrease}. */
    static List<OutcomeLink> outcomes(String stored) {
        List<OutcomeLink> links = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return links;
        }
        for (String pair : stored.split(",")) {
            String[] parts = pair.split(":", 2);
            links.add(
                    new OutcomeLink(
                            new OutcomeId(Long.parseLong(parts[0])),
                            Coded.fromCode(ExpectedDirection.class, parts[1], "expected")));
        }
        return links;
    }

    private static Deviation toDomain(AoDeviation row) {
        return new Deviation(
                new ExperimentId(row.getExperimentId()),
                row.getPlanVersion(),
                Coded.fromCode(PlanPart.class, row.getPlanPart(), "part"),
                row.getOldText(),
                row.getNewText(),
                row.getReason(),
                new UserRef(row.getAuthor()),
                Days.toInstant(row.getCreatedAt()));
    }
}
