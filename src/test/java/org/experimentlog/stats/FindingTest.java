package org.experimentlog.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.Before;
import org.junit.Test;

/** A finding's key and arguments, and the arguments in the reader's language. */
public class FindingTest {
    private List<String> arguments;

    @Before
    public void setUp() {
        arguments = new ArrayList<>(List.of(">99", "4.1", "-1.2", "+7.0", "95", "<0.1", "12"));
    }

    @Test
    public void argumentsFor_shouldUseADecimalComma_whenTheReaderIsDutch() {
        Finding target = new Finding("experimentlog.stats.proportion.better", arguments);

        assertEquals(
                List.of(">99", "4,1", "-1,2", "+7,0", "95", "<0,1", "12"),
                target.argumentsFor(Locale.forLanguageTag("nl")));
    }

    @Test
    public void argumentsFor_shouldKeepThePoint_whenTheReaderIsEnglish() {
        Finding target = new Finding("experimentlog.stats.proportion.better", arguments);

        assertEquals(arguments, target.argumentsFor(Locale.ENGLISH));
    }

    @Test
    public void argumentsFor_shouldLeaveTextAlone_whenAnArgumentIsNotANumber() {
        arguments = List.of("v1.2 of the form");
        Finding target = new Finding("experimentlog.stats.qualitative", arguments);

        assertEquals(arguments, target.argumentsFor(Locale.forLanguageTag("nl")));
    }

    @Test
    public void constructor_shouldCopyTheArguments_whenTheListChangesLater() {
        Finding target = new Finding("experimentlog.stats.proportion.better", arguments);

        arguments.clear();

        assertEquals(7, target.arguments().size());
    }

    @Test
    public void constructor_shouldRefuse_whenTheKeyIsNotAStatisticsKey() {
        assertThrows(
                IllegalArgumentException.class, () -> new Finding("experimentlog.name", arguments));
    }
}
