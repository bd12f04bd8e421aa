package org.experimentlog.app;

import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.ExperimentFilter;
import org.experimentlog.app.port.ExperimentSelection;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Tag;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.OutcomeId;
import org.springframework.stereotype.Component;

/**
 * Finds the issues of the experiments that meet one criterion (a stage, a verdict, an outcome, a
 * department, a learning tag) for a searcher: the use case behind the JQL functions. The matching
 * experiments are read in one statement whatever their number, and only the issues of projects the
 * searcher may browse are returned, with one permission check per project, not per issue.
 */
@Component
public class ExperimentSearchService {
    /** What a search selects experiments by. */
    public enum Criterion {
        STAGE,
        VERDICT,
        OUTCOME,
        DEPARTMENT,
        LEARNING_TAG
    }

    private final ExperimentSelection selection;
    private final DepartmentRepository departments;
    private final AccessPolicy access;

    @Inject
    public ExperimentSearchService(
            ExperimentSelection selection, DepartmentRepository departments, AccessPolicy access) {
        this.selection = selection;
        this.departments = departments;
        this.access = access;
    }

    /**
     * The filter a user's value stands for: a stage or verdict code (ignoring case), an outcome's
     * id or title, a department's name, or a tag.
     *
     * @throws InvalidInputException when the value names no stage, verdict, outcome or department,
     *     or is no tag
     */
    public ExperimentFilter filter(Criterion criterion, String value) {
        String given = value == null ? "" : value.strip();
        return switch (criterion) {
            case STAGE ->
                    new ExperimentFilter.InStage(
                            coded(Stage.class, given, ErrorKey.JQL_STAGE_UNKNOWN));
            case VERDICT ->
                    new ExperimentFilter.WithVerdict(
                            coded(Verdict.class, given, ErrorKey.JQL_VERDICT_UNKNOWN));
            case OUTCOME -> {
                Set<OutcomeId> outcomes =
                        given.isEmpty() ? Set.of() : selection.outcomesNamed(given);
                if (outcomes.isEmpty()) {
                    throw new InvalidInputException("outcome", ErrorKey.JQL_OUTCOME_UNKNOWN, given);
                }
                yield new ExperimentFilter.ForOutcomes(outcomes);
            }
            case DEPARTMENT ->
                    new ExperimentFilter.ForDepartment(
                            (given.isEmpty()
                                            ? Optional.<Department>empty()
                                            : departments.findByName(given))
                                    .orElseThrow(
                                            () ->
                                                    new InvalidInputException(
                                                            "department",
                                                            ErrorKey.JQL_DEPARTMENT_UNKNOWN,
                                                            given))
                                    .requireId());
            case LEARNING_TAG -> new ExperimentFilter.WithLearningTag(tag(given));
        };
    }

    /**
     * The issues of the experiments the filter selects that the searcher may browse, by issue id;
     * none for an anonymous searcher (empty), who may browse no experiment.
     */
    public List<IssueRef> issues(ExperimentFilter filter, Optional<UserRef> searcher) {
        if (searcher.isEmpty()) {
            return List.of();
        }
        UserRef user = searcher.get();
        Map<ProjectKey, Boolean> browsable = new HashMap<>();
        return selection.issuesMatching(filter).stream()
                .filter(
                        issue ->
                                browsable.computeIfAbsent(
                                        issue.projectKey(), p -> access.canBrowseProject(user, p)))
                .toList();
    }

    /**
     * Every issue the filter selects, whoever asks: for the host's administrative searches that
     * override security (Jira's {@code QueryCreationContext.isSecurityOverriden()}), never for a
     * user's own search.
     */
    public List<IssueRef> issuesOverridingSecurity(ExperimentFilter filter) {
        return selection.issuesMatching(filter);
    }

    private static <E extends Enum<E> & Coded> E coded(
            Class<E> type, String given, ErrorKey unknown) {
        String code = given.toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> value.code().equals(code))
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "value",
                                        unknown,
                                        given,
                                        Arrays.stream(type.getEnumConstants())
                                                .map(Coded::code)
                                                .collect(Collectors.joining(", "))));
    }

    private static Tag tag(String given) {
        try {
            return new Tag(given);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("tag", ErrorKey.JQL_TAG_INVALID, given, Tag.MAX_LENGTH);
        }
    }
}
