package org.experimentlog.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import org.junit.Test;

/**
 * The sandbox formats every text with MessageFormat, as Jira's I18nHelper does (BackingI18n formats
 * with or without arguments), so a bundle writes an apostrophe twice and the reader sees one.
 */
public class SandboxI18nTest {
    private final SandboxI18n target = new SandboxI18n(Locale.ENGLISH);

    @Test
    public void getText_shouldShowTheApostrophe_whenATextWithoutArgumentsHasOne() {
        String result = target.getText("experimentlog.workflow.validator.description");

        assertTrue(result, result.contains("until the issue's experiment is concluded"));
    }

    @Test
    public void getText_shouldShowTheApostropheAndTheArgument_whenATextWithArgumentsHasOne() {
        String result = target.getText("experimentlog.audit.applied-in-recorded", "PERMIT-20");

        assertEquals("Recorded that a story's lesson was applied in PERMIT-20.", result);
    }
}
