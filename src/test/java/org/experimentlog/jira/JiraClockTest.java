package org.experimentlog.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.when;

import com.atlassian.jira.timezone.TimeZoneManager;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class JiraClockTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00.123456789Z");

    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private TimeZoneManager timeZones;

    private JiraClock target;

    @Before
    public void setUp() {
        target = new JiraClock(timeZones, InstantSource.fixed(NOW));
        when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("Europe/Amsterdam"));
    }

    @Test
    public void now_shouldBeTruncatedToTheMillisecond() {
        Instant result = target.now();

        assertEquals(Instant.parse("2026-03-02T09:15:00.123Z"), result);
    }

    @Test
    public void zone_shouldBeJirasDefaultTimeZone() {
        ZoneId result = target.zone();

        assertEquals(ZoneId.of("Europe/Amsterdam"), result);
    }

    @Test
    public void zone_shouldFollowJira_whenAnAdministratorChangesTheDefaultTimeZone() {
        target.zone();
        when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("America/Curacao"));

        ZoneId result = target.zone();

        assertEquals(ZoneId.of("America/Curacao"), result);
    }

    @Test
    public void today_shouldBeCountedInJirasDefaultTimeZone() {
        target =
                new JiraClock(
                        timeZones, InstantSource.fixed(Instant.parse("2026-03-01T23:30:00Z")));

        String result = target.today().toString();

        assertEquals("2026-03-02", result);
    }
}
