package org.experimentlog.app.port;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * What a visitor of the public register looks for; every part is optional.
 *
 * @param words words that must all occur in the title, hypothesis or learnings
 * @param verdict the verdict; {@code abandoned} is asked with {@link #abandoned}
 * @param abandoned only abandoned experiments
 * @param from closed on or after this day
 * @param to closed on or before this day
 */
public record RegisterFilter(
        String words,
        DepartmentId department,
        OutcomeId outcome,
        Verdict verdict,
        boolean abandoned,
        LocalDate from,
        LocalDate to) {
    public static final int WORDS_MAX = 200;

    public RegisterFilter {
        words = Fields.optional("q", FieldLabel.WORDS, words, WORDS_MAX);
        Fields.ordered("to", FieldLabel.PERIOD, from, to);
    }

    public static RegisterFilter everything() {
        return new RegisterFilter(null, null, null, null, false, null, null);
    }

    /**
     * The filter a visitor asked for in query parameters, each named in its error: {@code q} words,
     * {@code department} and {@code outcome} ids, {@code verdict} ({@code validated}, {@code
     * invalidated}, {@code inconclusive} or {@code abandoned}), {@code from} and {@code to} days
     * such as 2026-03-02.
     *
     * @throws org.experimentlog.domain.InvalidInputException naming the parameter that is malformed
     */
    public static RegisterFilter parse(
            String q, String department, String outcome, String verdict, String from, String to) {
        boolean abandoned = "abandoned".equals(blankToNull(verdict));
        return new RegisterFilter(
                blankToNull(q),
                id(department, "department", ErrorKey.DEPARTMENT_ID_INVALID) == null
                        ? null
                        : new DepartmentId(
                                id(department, "department", ErrorKey.DEPARTMENT_ID_INVALID)),
                id(outcome, "outcome", ErrorKey.OUTCOME_ID_INVALID) == null
                        ? null
                        : new OutcomeId(id(outcome, "outcome", ErrorKey.OUTCOME_ID_INVALID)),
                abandoned || blankToNull(verdict) == null
                        ? null
                        : Coded.fromCode(Verdict.class, verdict.strip(), "verdict"),
                abandoned,
                day(from, "from"),
                day(to, "to"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long id(String value, String field, ErrorKey error) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(field, error, field);
    }

    private static LocalDate day(String value, String field) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, ErrorKey.VALUE_NOT_A_DATE, field);
        }
    }

    public Optional<String> text() {
        return Optional.ofNullable(words);
    }
}
