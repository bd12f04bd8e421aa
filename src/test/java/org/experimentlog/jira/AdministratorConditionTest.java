package org.experimentlog.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.UserRef;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class AdministratorConditionTest {
    private static final UserRef ADMIN = new UserRef("admin");

    @Rule public MockitoRule mockito = MockitoJUnit.rule();

    @Mock private UserDirectory users;
    @Mock private AccessPolicy access;

    private AdministratorCondition target;

    @Before
    public void setUp() {
        when(users.currentUser()).thenReturn(Optional.of(ADMIN));
        target = new AdministratorCondition(users, access);
    }

    @Test
    public void shouldDisplay_shouldBeTrue_whenTheUserIsAnAdministrator() {
        when(access.isAdministrator(ADMIN)).thenReturn(true);

        assertTrue(target.shouldDisplay(Map.of()));
    }

    @Test
    public void shouldDisplay_shouldBeFalse_whenTheUserIsNotAnAdministrator() {
        when(access.isAdministrator(ADMIN)).thenReturn(false);

        assertFalse(target.shouldDisplay(Map.of()));
    }

    @Test
    public void shouldDisplay_shouldBeFalse_whenNobodyIsLoggedIn() {
        when(users.currentUser()).thenReturn(Optional.empty());

        assertFalse(target.shouldDisplay(Map.of()));
    }
}
