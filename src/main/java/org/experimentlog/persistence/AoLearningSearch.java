package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.experimentlog.app.port.LearningHit;
import org.experimentlog.app.port.LearningQuery;
import org.experimentlog.app.port.LearningSearch;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.experiment.Verdict;
import org.springframework.stereotype.Component;

/**
 * The learning library on Active Objects. Every criterion is a condition on the columns {@link
 * LearningIndex} keeps on each learning, so a search is one count, one paged query, and one query
 * each for the page's tags and experiments, whatever the number of learnings.
 */
@Component
public final class AoLearningSearch implements LearningSearch {
    /**
     * Escapes the wildcards of a LIKE pattern; stated explicitly because Oracle and SQL Server have
     * no default.
     */
    private static final char ESCAPE = '!';

    private final ActiveObjects ao;

    @Inject
    public AoLearningSearch(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Page<LearningHit> search(LearningQuery query, PageRequest page) {
        if (query.visibleProjectsIfRestricted().map(Set::isEmpty).orElse(false)) {
            return Page.of(List.of(), page, 0);
        }
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        query.visibleProjectsIfRestricted()
                .ifPresent(
                        projects -> {
                            conditions.add(InClause.of(AoLearning.PROJECT_KEY, projects.size()));
                            projects.stream().map(ProjectKey::value).sorted().forEach(params::add);
                        });
        List<Set<String>> words = query.textIfAny().map(SearchTerms::ofQuery).orElse(null);
        boolean joined = words != null && !words.isEmpty();
        if (words != null) {
            TermIndex.allWords(words, AoLearning.TERMS, conditions, params);
        }
        if (query.tag() != null) {
            conditions.add(AoLearning.TAGS + " LIKE ?");
            params.add(StoryCodes.containing(query.tag().value()));
        }
        if (query.department() != null) {
            conditions.add(AoLearning.DEPARTMENTS + " LIKE ?");
            params.add(StoryCodes.containing(Long.toString(query.department().value())));
        }
        if (query.outcome() != null) {
            conditions.add(AoLearning.OUTCOMES + " LIKE ?");
            params.add(StoryCodes.containing(Long.toString(query.outcome().value())));
        }
        if (query.verdict() != null) {
            conditions.add(AoLearning.VERDICT + " = ?");
            params.add(query.verdict().code());
        }
        if (query.from() != null) {
            conditions.add(AoLearning.CREATED_AT + " >= ?");
            params.add(Date.from(query.from().atStartOfDay(query.zone()).toInstant()));
        }
        if (query.to() != null) {
            conditions.add(AoLearning.CREATED_AT + " < ?");
            params.add(Date.from(query.to().plusDays(1).atStartOfDay(query.zone()).toInstant()));
        }
        String where = String.join(" AND ", conditions);
        Object[] values = params.toArray();
        int total =
                conditions.isEmpty()
                        ? ao.count(AoLearning.class)
                        : ao.count(
                                AoLearning.class,
                                TermIndex.select(
                                                AoLearning.class,
                                                AoSearchTerm.LEARNING_ID,
                                                words,
                                                null)
                                        .where(where, values));
        if (total <= page.startAt()) {
            return Page.of(List.of(), page, total);
        }
        String order =
                TermIndex.column(joined, AoLearning.CREATED_AT)
                        + " DESC, "
                        + TermIndex.column(joined, "ID")
                        + " DESC";
        List<AoLearning> rows;
        if (joined) {
            // Through the index the page is found by id, then read in full: a joined query's
            // whole rows would carry the index row's columns too.
            List<Integer> ids = new ArrayList<>();
            ao.stream(
                    AoLearning.class,
                    TermIndex.select(AoLearning.class, AoSearchTerm.LEARNING_ID, words, "ID")
                            .where(where, values)
                            .order(order)
                            .offset(page.startAt())
                            .limit(page.maxResults()),
                    row -> ids.add(row.getID()));
            Map<Integer, AoLearning> byId =
                    ids.isEmpty()
                            ? Map.of()
                            : Rows.whereIn(ao, AoLearning.class, "ID", ids, "ID").stream()
                                    .collect(
                                            Collectors.toMap(
                                                    AoLearning::getID, Function.identity()));
            rows = ids.stream().filter(byId::containsKey).map(byId::get).toList();
        } else {
            Query select =
                    conditions.isEmpty() ? Query.select() : Query.select().where(where, values);
            rows =
                    List.of(
                            ao.find(
                                    AoLearning.class,
                                    select.order(order)
                                            .offset(page.startAt())
                                            .limit(page.maxResults())));
        }
        return Page.of(hits(rows), page, total);
    }

    /**
     * The learnings (tags from their own column) with their experiments: one query, whatever the
     * number of rows.
     */
    List<LearningHit> hits(List<AoLearning> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Integer, AoExperiment> experiments =
                Rows.whereIn(
                                ao,
                                AoExperiment.class,
                                "ID",
                                rows.stream().map(AoLearning::getExperimentId).toList(),
                                "ID")
                        .stream()
                        .collect(Collectors.toMap(AoExperiment::getID, Function.identity()));
        List<LearningHit> hits = new ArrayList<>();
        for (AoLearning row : rows) {
            AoExperiment experiment = experiments.get(row.getExperimentId());
            if (experiment == null) {
                // Deleted between the two queries; the next search will not count it either.
                continue;
            }
            hits.add(
                    new LearningHit(
                            ExperimentMapper.toDomainWithTagColumn(row),
                            new IssueRef(experiment.getIssueId(), experiment.getIssueKey()),
                            Coded.fromCode(Stage.class, experiment.getStage(), "stage"),
                            experiment.getVerdict() == null
                                    ? null
                                    : Coded.fromCode(
                                            Verdict.class, experiment.getVerdict(), "verdict")));
        }
        return hits;
    }

    @Override
    public Set<ProjectKey> projectsWithLearnings() {
        Set<ProjectKey> projects = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
        // A stream reads only the selected column, so DISTINCT leaves one row per project (find
        // would add every
        // preloaded column and return a row per learning).
        ao.stream(
                AoLearning.class,
                Query.select(AoLearning.PROJECT_KEY).distinct(),
                row -> projects.add(new ProjectKey(row.getProjectKey())));
        return projects;
    }

    /** The text with LIKE's wildcards and the escape character itself taken literally. */
    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
