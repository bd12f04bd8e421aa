package org.experimentlog.app.port;

import java.time.LocalDate;
import java.util.Optional;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.experiment.Verdict;
import org.experimentlog.domain.outcome.OutcomeId;

/**
 * What a visitor of the public register looks for; every part is optional.
 *
 * @param words      words that must all occur in the title, hypothesis or learnings
 * @param verdict    the verdict; {@code abandoned} is asked with {@link #abandoned}
 * @param abandoned  only abandoned experiments
 * @param from       closed on or after this day
 * @param to         closed on or before this day
 */
public record RegisterFilter(String words, DepartmentId department, OutcomeId outcome, Verdict verdict,
        boolean abandoned, LocalDate from, LocalDate to) {
    public static final int WORDS_MAX = 200;

    public RegisterFilter {
        words = Fields.optional("q", FieldLabel.WORDS, words, WORDS_MAX);
        Fields.ordered("to", FieldLabel.PERIOD, from, to);
    }

    public static RegisterFilter everything() {
        return new RegisterFilter(null, null, null, null, false, null, null);
    }

    public Optional<String> text() {
        return Optional.ofNullable(words);
    }
}
