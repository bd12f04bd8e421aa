package org.experimentlog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the input problems of one request, so a form gets all its errors at once instead of one
 * at a time: each check runs, a refused value is noted (and read as null), and {@link #done()}
 * throws one {@link InvalidInputException} that holds them all.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * String title = problems.check(() -> Fields.required("title", FieldLabel.TITLE, json.title(), 200));
 * Double value = problems.check(() -> JsonInput.required(json.value(), "value"));
 * problems.done();
 * }</pre>
 */
public final class Problems {
    private final List<InvalidInputException> found = new ArrayList<>();

    /** Runs a check that yields a value; null when it refused the value (the problem is noted). */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException problem) {
            note(problem);
            return null;
        }
    }

    /** Runs a check that yields nothing. */
    public void run(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException problem) {
            note(problem);
        }
    }

    /** Notes a problem found elsewhere; a field already refused is not refused twice. */
    public void note(InvalidInputException problem) {
        for (InvalidInputException one : problem.problems()) {
            boolean known =
                    one.field().isPresent()
                            && found.stream().anyMatch(f -> f.field().equals(one.field()));
            if (!known) {
                found.add(one);
            }
        }
    }

    /** Whether any check refused its value so far. */
    public boolean any() {
        return !found.isEmpty();
    }

    /** Throws every problem noted, in the order found, as one exception; nothing when none. */
    public void done() {
        if (!found.isEmpty()) {
            throw InvalidInputException.all(found);
        }
    }
}
