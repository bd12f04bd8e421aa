package org.experimentlog.domain.retrospective;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * The scope of a retrospective: a project, a department, an outcome, or everything the reader may
 * see.
 *
 * @param kind the kind of scope
 * @param value the project key, department id or outcome id; null for everything
 */
public record Scope(ScopeKind kind, String value) {
    public Scope {
        requireNonNull(kind, "kind");
        if (kind == ScopeKind.EVERYTHING) {
            if (value != null) {
                throw new InvalidInputException("scope", ErrorKey.SCOPE_EVERYTHING_NO_VALUE);
            }
        } else if (value == null || value.isBlank()) {
            throw new InvalidInputException(
                    "scope",
                    switch (kind) {
                        case PROJECT -> ErrorKey.SCOPE_CHOOSE_PROJECT;
                        case DEPARTMENT -> ErrorKey.SCOPE_CHOOSE_DEPARTMENT;
                        default -> ErrorKey.SCOPE_CHOOSE_OUTCOME;
                    });
        } else if (kind == ScopeKind.PROJECT) {
            value = new ProjectKey(value).value();
        } else {
            value = Long.toString(parseId(value));
        }
    }

    private static long parseId(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("scope", ErrorKey.SCOPE_NOT_AN_ID, value);
    }

    public static Scope everything() {
        return new Scope(ScopeKind.EVERYTHING, null);
    }

    public static Scope project(ProjectKey project) {
        return new Scope(ScopeKind.PROJECT, project.value());
    }

    public static Scope department(DepartmentId department) {
        return new Scope(ScopeKind.DEPARTMENT, department.toString());
    }

    public static Scope outcome(OutcomeId outcome) {
        return new Scope(ScopeKind.OUTCOME, outcome.toString());
    }

    public Optional<String> valueIfAny() {
        return Optional.ofNullable(value);
    }
}
