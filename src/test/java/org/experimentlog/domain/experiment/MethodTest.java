package org.experimentlog.domain.experiment;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;

public class MethodTest {

    @Test
    public void isRandomised_shouldBeTrueOnlyForAbTests_whenAskedOfEveryMethod() {
        Set<Method> randomised =
                Arrays.stream(Method.values())
                        .filter(Method::isRandomised)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Method.class)));

        assertEquals(EnumSet.of(Method.AB_TEST), randomised);
    }
}
