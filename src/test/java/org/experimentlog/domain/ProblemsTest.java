package org.experimentlog.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import org.junit.Test;

public class ProblemsTest {
    private final Problems target = new Problems();

    @Test
    public void done_shouldThrowEveryProblem_inTheOrderFound() {
        String title = target.check(() -> Fields.required("title", FieldLabel.TITLE, " ", 10));
        target.run(() -> Fields.present("startDate", FieldLabel.START_DATE, null));
        String note = target.check(() -> Fields.optional("note", FieldLabel.NOTE, "fine", 10));

        try {
            target.done();
            fail("expected the problems");
        } catch (InvalidInputException e) {
            assertNull(title);
            assertEquals("fine", note);
            assertEquals(
                    List.of("title", "startDate"),
                    e.problems().stream().map(p -> p.field().orElseThrow()).toList());
            assertEquals("title", e.field().orElseThrow());
        }
    }

    @Test
    public void done_shouldThrowTheOneProblemItself_whenThereIsOne() {
        InvalidInputException one =
                new InvalidInputException("title", ErrorKey.FIELD_REQUIRED, FieldLabel.TITLE);
        target.note(one);

        try {
            target.done();
            fail("expected the problem");
        } catch (InvalidInputException e) {
            assertEquals(one, e);
            assertEquals(List.of(one), e.problems());
        }
    }

    @Test
    public void note_shouldKeepTheFirstProblemOfAField_whenAFieldIsRefusedTwice() {
        target.note(new InvalidInputException("value", ErrorKey.FIELD_REQUIRED, FieldLabel.VALUE));
        target.note(new InvalidInputException("value", ErrorKey.FIELD_NEGATIVE, FieldLabel.VALUE));

        try {
            target.done();
            fail("expected the problem");
        } catch (InvalidInputException e) {
            assertEquals(1, e.problems().size());
            assertEquals(ErrorKey.FIELD_REQUIRED, e.key().orElseThrow());
        }
    }

    @Test
    public void done_shouldDoNothing_whenEveryCheckPassed() {
        target.run(() -> Fields.present("title", FieldLabel.TITLE, "x"));

        target.done();

        assertFalse(target.any());
        target.run(() -> Fields.present("title", FieldLabel.TITLE, null));
        assertTrue(target.any());
    }
}
