package org.experimentlog.domain.retrospective;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.outcome.OutcomeId;
import org.experimentlog.testing.Departments;
import org.junit.Assert;
import org.junit.Test;

public class ScopeTest {

    @Test
    public void everything_shouldHaveNoValue_whenCreated() {
        Scope target = Scope.everything();

        assertEquals(ScopeKind.EVERYTHING, target.kind());
        assertEquals(Optional.empty(), target.valueIfAny());
    }

    @Test
    public void constructor_shouldRefuseAValue_whenTheScopeIsEverything() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> new Scope(ScopeKind.EVERYTHING, "PERMIT"));

        assertEquals("The scope \"everything\" takes no value.", e.getMessage());
        assertEquals(Optional.of("scope"), e.field());
    }

    @Test
    public void constructor_shouldRefuseAnEmptyValue_whenTheScopeIsEverything() {
        assertThrows(InvalidInputException.class, () -> new Scope(ScopeKind.EVERYTHING, ""));
    }

    @Test
    public void project_shouldKeepTheKey_whenTheKeyIsValid() {
        Scope target = Scope.project(new ProjectKey("PERMIT"));

        assertEquals(ScopeKind.PROJECT, target.kind());
        assertEquals(Optional.of("PERMIT"), target.valueIfAny());
    }

    @Test
    public void constructor_shouldShowAnExample_whenTheProjectKeyIsLowerCase() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> new Scope(ScopeKind.PROJECT, "permit"));

        assertEquals("\"permit\" is not a project key such as PERMIT.", e.getMessage());
    }

    @Test
    public void constructor_shouldAskForAProject_whenTheProjectIsMissing() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new Scope(ScopeKind.PROJECT, null));

        assertEquals("Choose a project for the retrospective.", e.getMessage());
        assertEquals(Optional.of("scope"), e.field());
    }

    @Test
    public void constructor_shouldAskForADepartment_whenTheDepartmentIsBlank() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> new Scope(ScopeKind.DEPARTMENT, "  "));

        assertEquals("Choose a department for the retrospective.", e.getMessage());
        assertEquals(Optional.of("scope"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheOutcomeIsMissing() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new Scope(ScopeKind.OUTCOME, null));

        assertEquals(Optional.of("scope"), e.field());
    }

    @Test
    public void department_shouldKeepTheId_whenCreatedFromAnId() {
        Scope target = Scope.department(Departments.OPERATIONS);

        assertEquals(ScopeKind.DEPARTMENT, target.kind());
        assertEquals(Optional.of("4"), target.valueIfAny());
    }

    @Test
    public void outcome_shouldKeepTheId_whenCreatedFromAnId() {
        Scope target = Scope.outcome(new OutcomeId(301));

        assertEquals(ScopeKind.OUTCOME, target.kind());
        assertEquals(Optional.of("301"), target.valueIfAny());
    }

    @Test
    public void constructor_shouldDropLeadingZeros_whenTheIdHasThem() {
        Scope target = new Scope(ScopeKind.DEPARTMENT, "007");

        assertEquals(Optional.of("7"), target.valueIfAny());
    }

    @Test
    public void constructor_shouldQuoteTheValue_whenTheIdIsNotANumber() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> new Scope(ScopeKind.OUTCOME, "speed"));

        assertEquals("\"speed\" is not an id.", e.getMessage());
        assertEquals(Optional.of("scope"), e.field());
    }

    @Test
    public void constructor_shouldRefuse_whenTheIdIsZero() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class, () -> new Scope(ScopeKind.DEPARTMENT, "0"));

        assertEquals("\"0\" is not an id.", e.getMessage());
    }

    @Test
    public void constructor_shouldRefuse_whenTheIdIsNegative() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> new Scope(ScopeKind.OUTCOME, "-3"));

        assertEquals("\"-3\" is not an id.", e.getMessage());
    }

    @Test
    public void constructor_shouldRefuse_whenTheIdHasADecimalPart() {
        assertThrows(InvalidInputException.class, () -> new Scope(ScopeKind.DEPARTMENT, "4.0"));
    }

    @Test
    public void constructor_shouldThrowNullPointer_whenTheKindIsNull() {
        assertThrows(NullPointerException.class, () -> new Scope(null, "PERMIT"));
    }

    @Test
    public void constructor_shouldAskForAnOutcome_whenTheOutcomeIsMissing() {
        InvalidInputException e =
                Assert.assertThrows(
                        InvalidInputException.class, () -> new Scope(ScopeKind.OUTCOME, " "));

        Assert.assertEquals("Choose an outcome for the retrospective.", e.getMessage());
    }
}
