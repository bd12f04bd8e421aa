package org.experimentlog.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.util.Optional;
import org.experimentlog.domain.failure.Impact;
import org.junit.Test;

public class CodedTest {

    @Test
    public void fromCode_shouldReturnConstant_whenCodeIsKnown() {
        Impact result = Coded.fromCode(Impact.class, "medium", "impact");

        assertSame(Impact.MEDIUM, result);
    }

    @Test
    public void fromCode_shouldListAllowedCodesInDeclarationOrder_whenCodeIsUnknown() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Coded.fromCode(Impact.class, "severe", "impact"));

        assertEquals("\"severe\" is not one of: low, medium, high.", e.getMessage());
        assertEquals(Optional.of("impact"), e.field());
    }

    @Test
    public void fromCode_shouldRefuseConstantName_whenNameDiffersFromCode() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Coded.fromCode(Impact.class, "MEDIUM", "impact"));

        assertEquals("\"MEDIUM\" is not one of: low, medium, high.", e.getMessage());
    }

    @Test
    public void fromCode_shouldRefuse_whenCodeIsNull() {
        InvalidInputException e =
                assertThrows(
                        InvalidInputException.class,
                        () -> Coded.fromCode(Impact.class, null, "impact"));

        assertEquals("\"null\" is not one of: low, medium, high.", e.getMessage());
    }
}
