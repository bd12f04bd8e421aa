package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.experimentlog.app.port.Page;
import org.experimentlog.app.port.PageRequest;
import org.experimentlog.app.port.PublicationRepository;
import org.experimentlog.app.port.RegisterFilter;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.ExperimentId;
import org.experimentlog.domain.experiment.Stage;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.domain.register.Publication;
import org.springframework.stereotype.Component;

/**
 * Publications in Active Objects. The public record is kept as JSON exactly as it was published;
 * the columns the register filters on are copies taken at publication, so listing the register is
 * one count and one select.
 */
@Component
public final class AoPublicationRepository implements PublicationRepository {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ActiveObjects ao;

    @Inject
    public AoPublicationRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Publication save(Publication p) {
        if (p.id() != null) {
            AoPublication row = ao.get(AoPublication.class, p.id().intValue());
            p.withdrawn()
                    .ifPresent(
                            w -> {
                                row.setWithdrawnAt(Days.toDate(w.at()));
                                row.setWithdrawnBy(w.by().key());
                                row.setWithdrawnReason(w.reason());
                            });
            row.save();
            return p;
        }
        for (AoPublication older :
                ao.find(
                        AoPublication.class,
                        Query.select()
                                .where(
                                        AoPublication.EXPERIMENT_ID
                                                + " = ? AND "
                                                + AoPublication.LATEST
                                                + " = ?",
                                        p.experimentId().value(),
                                        true))) {
            older.setLatest(false);
            older.save();
        }
        PublicRecord r = p.record();
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoPublication.EXPERIMENT_ID, p.experimentId().value());
        columns.put(AoPublication.PUB_VERSION, p.version());
        columns.put(AoPublication.LATEST, true);
        columns.put(AoPublication.STAGE, r.stage());
        columns.put(AoPublication.VERDICT, r.verdict());
        columns.put(AoPublication.CLOSED_ON, r.closedOn());
        columns.put(
                AoPublication.TITLE,
                r.title().length() > 255 ? r.title().substring(0, 255) : r.title());
        columns.put(AoPublication.SEARCH_TEXT, searchText(r));
        columns.put(
                AoPublication.DEPARTMENTS,
                ids(p.departments().stream().map(DepartmentId::value).toList()));
        columns.put(
                AoPublication.OUTCOMES, ids(p.outcomes().stream().map(OutcomeId::value).toList()));
        columns.put(AoPublication.SNAPSHOT, write(r));
        columns.put(AoPublication.PUBLISHED_BY, p.publishedBy().key());
        columns.put(AoPublication.PUBLISHED_AT, Days.toDate(p.publishedAt()));
        AoPublication row = ao.create(AoPublication.class, columns);
        return p.storedAs(row.getID());
    }

    @Override
    public List<Publication> versionsOf(ExperimentId experiment) {
        return map(
                ao.find(
                        AoPublication.class,
                        Query.select()
                                .where(AoPublication.EXPERIMENT_ID + " = ?", experiment.value())
                                .order(AoPublication.PUB_VERSION)));
    }

    @Override
    public Page<Publication> latest(RegisterFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        conditions.add(AoPublication.LATEST + " = ?");
        values.add(true);
        filter.text()
                .ifPresent(
                        text -> {
                            for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
                                String plain = word.replaceAll("[%_\\\\]", "");
                                if (!plain.isEmpty()) {
                                    conditions.add(AoPublication.SEARCH_TEXT + " LIKE ?");
                                    values.add("%" + plain + "%");
                                }
                            }
                        });
        if (filter.department() != null) {
            conditions.add(AoPublication.DEPARTMENTS + " LIKE ?");
            values.add("%," + filter.department().value() + ",%");
        }
        if (filter.outcome() != null) {
            conditions.add(AoPublication.OUTCOMES + " LIKE ?");
            values.add("%," + filter.outcome().value() + ",%");
        }
        if (filter.verdict() != null) {
            conditions.add(AoPublication.VERDICT + " = ?");
            values.add(filter.verdict().code());
        }
        if (filter.abandoned()) {
            conditions.add(AoPublication.STAGE + " = ?");
            values.add(Stage.ABANDONED.code());
        }
        if (filter.from() != null) {
            conditions.add(AoPublication.CLOSED_ON + " >= ?");
            values.add(Days.format(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add(AoPublication.CLOSED_ON + " <= ?");
            values.add(Days.format(filter.to()));
        }
        String where = String.join(" AND ", conditions);
        Object[] params = values.toArray();
        int total = ao.count(AoPublication.class, Query.select().where(where, params));
        List<Publication> items =
                map(
                        ao.find(
                                AoPublication.class,
                                Query.select()
                                        .where(where, params)
                                        .order(AoPublication.PUBLISHED_AT + " DESC, ID DESC")
                                        .offset(page.startAt())
                                        .limit(page.maxResults())));
        return Page.of(items, page, total);
    }

    @Override
    public List<Publication> recentlyPublished(int limit) {
        return map(
                ao.find(
                        AoPublication.class,
                        Query.select()
                                .order(AoPublication.PUBLISHED_AT + " DESC, ID DESC")
                                .limit(limit)));
    }

    @Override
    public List<Publication> recentlyWithdrawn(int limit) {
        return map(
                ao.find(
                        AoPublication.class,
                        Query.select()
                                .where(AoPublication.WITHDRAWN_AT + " IS NOT NULL")
                                .order(AoPublication.WITHDRAWN_AT + " DESC, ID DESC")
                                .limit(limit)));
    }

    @Override
    public List<PublicRecord> publicRecords() {
        return Arrays.stream(
                        ao.find(
                                AoPublication.class,
                                Query.select()
                                        .where(
                                                AoPublication.LATEST
                                                        + " = ? AND "
                                                        + AoPublication.WITHDRAWN_AT
                                                        + " IS NULL",
                                                true)
                                        .order("ID")))
                .map(row -> read(row.getSnapshot()))
                .toList();
    }

    @Override
    public void deleteOf(ExperimentId experiment) {
        ao.deleteWithSQL(
                AoPublication.class, AoPublication.EXPERIMENT_ID + " = ?", experiment.value());
    }

    private static List<Publication> map(AoPublication[] rows) {
        return Arrays.stream(rows).map(AoPublicationRepository::toDomain).toList();
    }

    private static Publication toDomain(AoPublication row) {
        Publication.Withdrawal withdrawal =
                row.getWithdrawnAt() == null
                        ? null
                        : new Publication.Withdrawal(
                                row.getWithdrawnReason(),
                                new UserRef(row.getWithdrawnBy()),
                                Days.toInstant(row.getWithdrawnAt()));
        return new Publication(
                (long) row.getID(),
                new ExperimentId(row.getExperimentId()),
                row.getPubVersion(),
                read(row.getSnapshot()),
                parseIds(row.getDepartments()).stream()
                        .map(DepartmentId::new)
                        .collect(Collectors.toSet()),
                parseIds(row.getOutcomes()).stream()
                        .map(OutcomeId::new)
                        .collect(Collectors.toSet()),
                new UserRef(row.getPublishedBy()),
                Days.toInstant(row.getPublishedAt()),
                withdrawal);
    }

    /** {@code ,1,3,}: every id between commas, so {@code LIKE '%,3,%'} finds exactly id 3. */
    private static String ids(Collection<Long> ids) {
        return ids.isEmpty()
                ? null
                : ","
                        + ids.stream()
                                .sorted()
                                .map(String::valueOf)
                                .collect(Collectors.joining(","))
                        + ",";
    }

    private static Set<Long> parseIds(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(","))
                .filter(s -> !s.isBlank())
                .map(Long::parseLong)
                .collect(Collectors.toSet());
    }

    private static String searchText(PublicRecord r) {
        StringBuilder text = new StringBuilder(r.title());
        PublicRecord.Hypothesis h = r.hypothesis();
        if (h != null) {
            for (String part :
                    new String[] {
                        h.change(), h.audience(), h.expectedResult(), h.reason(), h.signal()
                    }) {
                if (part != null) {
                    text.append('\n').append(part);
                }
            }
        }
        r.learnings().forEach(l -> text.append('\n').append(l.statement()));
        r.iterations()
                .forEach(i -> i.learnings().forEach(l -> text.append('\n').append(l.statement())));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    static String write(PublicRecord record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store the public record", e);
        }
    }

    static PublicRecord read(String snapshot) {
        try {
            return JSON.readValue(snapshot, PublicRecord.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not read a stored public record", e);
        }
    }
}
