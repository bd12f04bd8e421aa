package org.experimentlog.domain;

import static org.junit.Assert.assertEquals;

import java.util.Optional;
import org.junit.Test;

public class DomainExceptionsTest {

    @Test
    public void staleVersion_shouldNameTheObjectAndTellWhatToDo_whenCreated() {
        StaleVersionException target = new StaleVersionException("experiment");

        assertEquals(
                "Could not save the experiment: someone else changed it in the meantime. "
                        + "Reload it to see their change, then apply yours again.",
                target.getMessage());
        assertEquals(Optional.of("version"), target.field());
    }

    @Test
    public void notAuthenticated_shouldAskToLogIn_whenCreated() {
        NotAuthenticatedException target = new NotAuthenticatedException();

        assertEquals("Log in to continue.", target.getMessage());
        assertEquals(Optional.empty(), target.field());
    }

    @Test
    public void accessDenied_shouldNameNoField_whenCreated() {
        AccessDeniedException target =
                new AccessDeniedException("Could not edit the story: only its author can.");

        assertEquals(Optional.empty(), target.field());
    }

    @Test
    public void notFound_shouldNameNoField_whenCreated() {
        NotFoundException target = new NotFoundException("Could not find experiment 41.");

        assertEquals(Optional.empty(), target.field());
    }

    @Test
    public void ruleViolation_shouldNameNoField_whenCreatedWithMessageOnly() {
        RuleViolationException target =
                new RuleViolationException("Could not conclude the experiment.");

        assertEquals(Optional.empty(), target.field());
    }

    @Test
    public void ruleViolation_shouldNameField_whenCreatedWithField() {
        RuleViolationException target =
                new RuleViolationException("stage", "Could not conclude the experiment.");

        assertEquals(Optional.of("stage"), target.field());
    }
}
