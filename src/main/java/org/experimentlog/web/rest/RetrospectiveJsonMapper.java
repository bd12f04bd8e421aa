package org.experimentlog.web.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.experimentlog.app.command.HoldRetrospective;
import org.experimentlog.app.command.ProposedAction;
import org.experimentlog.app.command.ReviseRetrospective;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.Period;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.retrospective.ActionId;
import org.experimentlog.domain.retrospective.RetroAction;
import org.experimentlog.domain.retrospective.Retrospective;
import org.experimentlog.domain.retrospective.RetrospectiveId;
import org.experimentlog.domain.retrospective.Scope;
import org.experimentlog.domain.retrospective.ScopeKind;

/** Maps retrospectives to their JSON form and request JSON to the command that saves one. */
final class RetrospectiveJsonMapper {
    private RetrospectiveJsonMapper() {}

    /**
     * A retrospective with each action's owner by key, user name and display name, as the directory
     * knows them.
     */
    static RetrospectiveJson toJson(Retrospective r, UserDirectory users) {
        return new RetrospectiveJson(
                r.requireId().value(),
                new RetrospectiveJson.ScopeJson(
                        r.scope().kind().code(), r.scope().valueIfAny().orElse(null)),
                new RetrospectiveJson.PeriodJson(
                        r.period().from().toString(), r.period().to().toString()),
                r.title(),
                r.notes().orElse(null),
                r.actions().stream().map(a -> toJson(a, users)).toList(),
                r.createdBy().key(),
                instant(r.createdAt()),
                instant(r.updatedAt()),
                r.version());
    }

    /**
     * An instant as the database keeps it, to the millisecond: the answer to a save then equals
     * what a later read returns, although the clock that stamped it is more precise.
     */
    private static String instant(Instant instant) {
        return ExperimentJsonMapper.instant(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private static RetrospectiveJson.ActionJson toJson(RetroAction a, UserDirectory users) {
        return new RetrospectiveJson.ActionJson(
                a.id() == null ? null : a.id().value(),
                a.text(),
                a.ownerIfAny().map(UserRef::key).orElse(null),
                a.ownerIfAny().flatMap(users::userName).orElse(null),
                a.ownerIfAny().flatMap(users::displayName).orElse(null),
                a.dueIfAny().map(LocalDate::toString).orElse(null),
                a.done());
    }

    /** A scope from its kind code and value, as a query or a body names them. */
    static Scope scope(String kind, String value, String kindField, String valueField) {
        ScopeKind scopeKind = JsonInput.requiredCode(ScopeKind.class, kind, kindField);
        try {
            return new Scope(scopeKind, value == null || value.isBlank() ? null : value.strip());
        } catch (InvalidInputException e) {
            throw e.about(valueField);
        }
    }

    /** Saves a new retrospective. */
    static HoldRetrospective toNew(RetrospectiveJson json) {
        return new HoldRetrospective(
                scope(json), period(json), json.title(), json.notes(), actions(json));
    }

    /**
     * Revises a stored one; its scope and period are those it was held on, and a revision does not
     * send them.
     */
    static ReviseRetrospective toRevision(long id, RetrospectiveJson json) {
        return new ReviseRetrospective(
                new RetrospectiveId(id),
                JsonInput.version(json.version()),
                json.title(),
                json.notes(),
                actions(json));
    }

    private static Scope scope(RetrospectiveJson json) {
        RetrospectiveJson.ScopeJson scope = JsonInput.required(json.scope(), "scope");
        return scope(scope.kind(), scope.value(), "scope.kind", "scope.value");
    }

    private static Period period(RetrospectiveJson json) {
        RetrospectiveJson.PeriodJson period = JsonInput.required(json.period(), "period");
        LocalDate from =
                JsonInput.required(JsonInput.day(period.from(), "period.from"), "period.from");
        LocalDate to = JsonInput.required(JsonInput.day(period.to(), "period.to"), "period.to");
        try {
            return new Period(from, to);
        } catch (InvalidInputException e) {
            throw e.about("period.to");
        }
    }

    private static List<ProposedAction> actions(RetrospectiveJson json) {
        List<ProposedAction> actions = new ArrayList<>();
        List<RetrospectiveJson.ActionJson> sent = JsonInput.list(json.actions());
        if (sent.size() > Retrospective.MAX_ACTIONS) {
            throw new InvalidInputException(
                    "actions",
                    ErrorKey.LIST_TOO_LONG,
                    FieldLabel.ACTION,
                    Retrospective.MAX_ACTIONS,
                    sent.size());
        }
        // The same action id twice in one request would make one action say two things.
        JsonInput.list(
                new ArrayList<>(
                        sent.stream()
                                .filter(a -> a != null && a.id() != null)
                                .map(a -> a.id())
                                .toList()),
                "actions",
                FieldLabel.ACTION,
                Integer.MAX_VALUE);
        for (RetrospectiveJson.ActionJson a : sent) {
            RetrospectiveJson.ActionJson action = JsonInput.required(a, "actions");
            String owner =
                    action.owner() == null || action.owner().isBlank()
                            ? null
                            : action.owner().strip();
            UserRef ownerRef;
            try {
                ownerRef = owner == null ? null : new UserRef(owner);
            } catch (InvalidInputException e) {
                throw e.about("actions.owner");
            }
            actions.add(
                    new ProposedAction(
                            new RetroAction(
                                    action.id() == null ? null : new ActionId(action.id()),
                                    action.text(),
                                    ownerRef,
                                    JsonInput.day(action.due(), "actions.due"),
                                    Boolean.TRUE.equals(action.done())),
                            action.ownerName()));
        }
        return actions;
    }
}
