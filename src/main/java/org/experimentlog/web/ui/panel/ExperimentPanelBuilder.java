package org.experimentlog.web.ui.panel;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.experimentlog.app.ExperimentOverview;
import org.experimentlog.app.ExperimentService;
import org.experimentlog.app.port.OutcomeWithLatest;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Decision;
import org.experimentlog.domain.experiment.ExpectedDirection;
import org.experimentlog.domain.experiment.Experiment;
import org.experimentlog.domain.experiment.ExperimentRecord;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.experiment.Iteration;
import org.experimentlog.domain.experiment.Learning;
import org.experimentlog.domain.experiment.Method;
import org.experimentlog.domain.experiment.OutcomeLink;
import org.experimentlog.domain.experiment.Result;
import org.experimentlog.domain.experiment.ResultKind;
import org.experimentlog.domain.experiment.ResultMeasure;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.failure.ContributingFactor;
import org.experimentlog.domain.failure.Impact;
import org.experimentlog.domain.outcome.Outcome;
import org.experimentlog.domain.settings.HypothesisPart;
import org.experimentlog.domain.settings.HypothesisPrompts;
import org.experimentlog.stats.Analysis;
import org.experimentlog.stats.ResultStatistics;
import org.experimentlog.web.format.Formats;
import org.experimentlog.web.ui.OptionView;
import org.experimentlog.web.ui.admin.AdminPageBuilder;
import org.springframework.stereotype.Component;

/**
 * Builds the experiment panel's view for an issue and a reader's locale, from one use-case call.
 */
@Component
public class ExperimentPanelBuilder {
    private static final ResultStatistics STATISTICS = new ResultStatistics();
    private final ExperimentService experiments;
    private final UserDirectory users;
    private final I18nResolver i18n;

    @Inject
    public ExperimentPanelBuilder(
            ExperimentService experiments, UserDirectory users, I18nResolver i18n) {
        this.experiments = experiments;
        this.users = users;
        this.i18n = i18n;
    }

    /**
     * Each part's example: the administrator's text for the reader's language, else the built-in
     * one.
     */
    private HypothesisPromptsView prompts(HypothesisPrompts prompts, Locale locale) {
        String language =
                HypothesisPrompts.LANGUAGES.contains(locale.getLanguage())
                        ? locale.getLanguage()
                        : "en";
        Function<HypothesisPart, String> text =
                part ->
                        prompts.prompt(language, part)
                                .orElseGet(
                                        () ->
                                                i18n.getText(
                                                        locale, AdminPageBuilder.builtInKey(part)));
        return new HypothesisPromptsView(
                text.apply(HypothesisPart.CHANGE),
                text.apply(HypothesisPart.AUDIENCE),
                text.apply(HypothesisPart.EXPECTED_RESULT),
                text.apply(HypothesisPart.REASON),
                text.apply(HypothesisPart.SIGNAL));
    }

    /** The panel for the issue, as the current user may see it, in the user's language. */
    public ExperimentPanelView build(String issueKey) {
        ExperimentOverview overview = experiments.overview(issueKey);
        Formats formats = new Formats(users.locale());
        ExperimentPanelView.Builder view = new ExperimentPanelView.Builder();
        view.issueKey = overview.issue().ref().key();
        view.canEdit = overview.canEdit();
        view.methodOptions = options(Method.values(), "experimentlog.method.", null);
        view.verdictOptions = options(Verdict.values(), "experimentlog.verdict.", null);
        view.decisionOptions = options(Decision.values(), "experimentlog.decision.", null);
        view.resultKindOptions = options(ResultKind.values(), "experimentlog.result.kind.", null);
        view.factorOptions = options(ContributingFactor.values(), "experimentlog.factor.", null);
        view.impactOptions = options(Impact.values(), "experimentlog.impact.", Impact.MEDIUM);
        view.prompts = prompts(overview.prompts(), users.locale());
        Optional<ExperimentRecord> found = overview.record();
        if (found.isEmpty()) {
            view.hypothesis = new HypothesisView(null, null, null, null, null, List.of());
            view.departmentOptions = departmentOptions(overview.departments(), Set.of());
            return view.build();
        }
        ExperimentRecord record = found.get();
        Experiment e = record.experiment();
        view.hasExperiment = true;
        view.open = !e.stage().isFinal();
        view.version = e.version();
        view.stageCode = e.stage().code();
        view.stageLabelKey = "experimentlog.stage." + e.stage().code();
        view.verdictLabelKey =
                e.verdict().map(v -> "experimentlog.verdict." + v.code()).orElse(null);
        view.closingNote = e.closingNote().orElse(null);
        Hypothesis h = e.hypothesis();
        view.hypothesis =
                new HypothesisView(
                        h.change(),
                        h.audience(),
                        h.expectedResult(),
                        h.reason(),
                        h.signal(),
                        h.hints().stream()
                                .map(hint -> "experimentlog.hint." + hint.code())
                                .toList());
        view.methodLabelKey = e.method().map(m -> "experimentlog.method." + m.code()).orElse(null);
        view.methodOptions =
                options(Method.values(), "experimentlog.method.", e.method().orElse(null));
        view.methodDetails = e.methodDetails().orElse(null);
        view.plannedSampleSize = e.plannedSampleSize().map(String::valueOf).orElse(null);
        view.plannedSampleSizeLabel =
                e.plannedSampleSize()
                        .map(size -> NumberFormat.getIntegerInstance(users.locale()).format(size))
                        .orElse(null);
        view.departmentNames =
                overview.departments().stream()
                        .filter(d -> e.departments().contains(d.requireId()))
                        .map(Department::name)
                        .toList();
        view.departmentOptions = departmentOptions(overview.departments(), e.departments());
        view.outcomeOptions =
                overview.available().stream()
                        .map(
                                o -> {
                                    Optional<OutcomeLink> link =
                                            e.outcomes().stream()
                                                    .filter(l -> l.outcome().equals(o.requireId()))
                                                    .findFirst();
                                    return OptionView.outcome(
                                            o.requireId().toString(),
                                            o.title(),
                                            link.isPresent(),
                                            link.map(
                                                            l ->
                                                                    l.expected()
                                                                            == ExpectedDirection
                                                                                    .INCREASE)
                                                    .orElse(true));
                                })
                        .toList();
        view.outcomes =
                e.outcomes().stream()
                        .filter(l -> overview.outcomes().containsKey(l.outcome()))
                        .map(l -> progress(l, overview.outcomes().get(l.outcome()), formats))
                        .toList();
        view.iterations =
                record.iterations().stream()
                        .map(i -> iteration(record, i, formats, overview.confidence()))
                        .toList();
        view.generalLearnings =
                record.generalLearnings().stream().map(ExperimentPanelBuilder::learning).toList();
        view.nextStages =
                e.stage().next().stream()
                        .filter(s -> s != Stage.CONCLUDED && s != Stage.ABANDONED)
                        .sorted()
                        .map(
                                s ->
                                        OptionView.keyed(
                                                s.code(),
                                                s.compareTo(e.stage()) < 0
                                                        ? "experimentlog.panel.move.back."
                                                                + s.code()
                                                        : "experimentlog.panel.move." + s.code(),
                                                false))
                        .toList();
        view.canConclude = e.stage().canMoveTo(Stage.CONCLUDED) && !record.learnings().isEmpty();
        view.concludeHint = e.stage().canMoveTo(Stage.CONCLUDED) && record.learnings().isEmpty();
        LocalDate started =
                LocalDate.ofInstant(e.startedAt().orElse(e.createdAt()), ZoneId.systemDefault());
        view.startedOn = started.toString();
        view.startedOnText = formats.day(started);
        return view.build();
    }

    private static <E extends Enum<E> & Coded> List<OptionView> options(
            E[] values, String prefix, E selected) {
        return Arrays.stream(values)
                .map(v -> OptionView.keyed(v.code(), prefix + v.code(), v == selected))
                .toList();
    }

    private static List<OptionView> departmentOptions(
            List<Department> departments, Set<DepartmentId> chosen) {
        return departments.stream()
                .map(
                        d ->
                                OptionView.named(
                                        d.requireId().toString(),
                                        d.name(),
                                        chosen.contains(d.requireId())))
                .toList();
    }

    private static OutcomeProgressView progress(
            OutcomeLink link, OutcomeWithLatest linked, Formats formats) {
        Outcome outcome = linked.outcome();
        String unit = outcome.metric().unit();
        Optional<Double> latest = linked.latestValue();
        int percent = latest.map(outcome::progressPercentOf).orElse(0);
        return new OutcomeProgressView(
                outcome.title(),
                "experimentlog.expected." + link.expected().code(),
                formats.value(outcome.baseline().value(), unit),
                latest.map(value -> formats.value(value, unit)).orElse(""),
                formats.value(outcome.target().value(), unit),
                percent);
    }

    private static IterationView iteration(
            ExperimentRecord record, Iteration i, Formats formats, double confidence) {
        String period =
                i.startDate().isEmpty()
                        ? ""
                        : formats.day(i.startDate().get())
                                + i.endDate().map(end -> " – " + formats.day(end)).orElse("");
        return new IterationView(
                i.requireId().value(),
                i.number(),
                i.version(),
                i.change(),
                i.startDate().map(LocalDate::toString).orElse(""),
                i.endDate().map(LocalDate::toString).orElse(""),
                period,
                i.decision().map(d -> "experimentlog.decision." + d.code()).orElse(""),
                i.rationale().orElse(""),
                options(Decision.values(), "experimentlog.decision.", i.decision().orElse(null)),
                record.resultsOf(i.requireId()).stream()
                        .map(r -> result(r, formats, confidence))
                        .toList(),
                record.learningsOf(i.requireId()).stream()
                        .map(ExperimentPanelBuilder::learning)
                        .toList(),
                record.iterations().stream().mapToInt(Iteration::number).max().orElse(0)
                        == i.number());
    }

    private static ResultView result(Result r, Formats formats, double confidence) {
        ResultMeasure m = r.measure();
        String figures = "";
        String evidence = "";
        if (m instanceof ResultMeasure.Observed o) {
            figures =
                    formats.value(o.before(), o.unit())
                            + " → "
                            + formats.value(o.after(), o.unit());
        } else if (m instanceof ResultMeasure.Proportion p) {
            figures =
                    formats.count(p.controlConversions())
                            + " / "
                            + formats.count(p.controlSize())
                            + " · "
                            + formats.count(p.variantConversions())
                            + " / "
                            + formats.count(p.variantSize());
        } else if (m instanceof ResultMeasure.Mean mean) {
            figures =
                    formats.exact(mean.controlMean())
                            + " (n "
                            + formats.count(mean.controlSize())
                            + ", sd "
                            + formats.exact(mean.controlSd())
                            + ") · "
                            + formats.exact(mean.variantMean())
                            + " (n "
                            + formats.count(mean.variantSize())
                            + ", sd "
                            + formats.exact(mean.variantSd())
                            + ")";
        } else if (m instanceof ResultMeasure.Qualitative q) {
            figures = q.finding();
            evidence = q.evidenceLink().map(URI::toString).orElse("");
        }
        Analysis analysis = STATISTICS.analyse(m, confidence);
        return new ResultView(
                r.requireId().value(),
                r.title(),
                "experimentlog.result.kind." + m.kind().code(),
                figures,
                analysis.weakerEvidence(),
                analysis.finding().key(),
                analysis.finding().argumentsFor(formats.locale()),
                evidence,
                r.note().orElse(""),
                PanelUndo.result(r),
                correction(r, formats));
    }

    /** The correction form of a result: what is stored, numbers as the reader types them. */
    private static ResultCorrectionView correction(Result r, Formats formats) {
        ResultMeasure m = r.measure();
        List<ResultFieldView> fields = new ArrayList<>();
        String share = "";
        for (ResultFigures.Figure figure : ResultFigures.of(m)) {
            if (figure.name().equals(ResultFigures.SHARE)) {
                // a hidden field, read as sent
                share = Formats.plain((Double) figure.value());
            } else if (figure.value() instanceof Double d) {
                fields.add(new ResultFieldView(figure.name(), figure.type(), formats.typed(d)));
            } else {
                fields.add(
                        new ResultFieldView(
                                figure.name(), figure.type(), figure.value().toString()));
            }
        }
        return new ResultCorrectionView(
                r.version(),
                m.kind().code(),
                r.outcomeId().map(id -> Long.toString(id.value())).orElse(""),
                share,
                r.title(),
                fields,
                r.note().orElse(""));
    }

    private static LearningView learning(Learning l) {
        return new LearningView(
                l.requireId().value(),
                l.version(),
                l.statement(),
                l.tags().stream().map(Tag::value).toList(),
                PanelUndo.learning(l));
    }
}
