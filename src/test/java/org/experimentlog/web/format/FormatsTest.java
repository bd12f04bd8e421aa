package org.experimentlog.web.format;

import static org.junit.Assert.assertEquals;

import java.util.Locale;
import org.junit.Test;

public class FormatsTest {
    @Test
    public void exact_shouldKeepEveryDecimal_asTheLocaleWritesNumbers() {
        assertEquals("1,250.555", new Formats(Locale.ENGLISH).exact(1250.555));
        assertEquals("1.250,555", new Formats(Locale.forLanguageTag("nl")).exact(1250.555));
        assertEquals("1,100", new Formats(Locale.ENGLISH).exact(1100));
        assertEquals("0.125", new Formats(Locale.ENGLISH).exact(0.125));
        assertEquals("-12,5", new Formats(Locale.forLanguageTag("nl")).exact(-12.5));
    }

    @Test
    public void value_shouldWriteATypedNumberExactly_withItsUnit() {
        Formats target = new Formats(Locale.ENGLISH);

        assertEquals("1,250.555 euro", target.value(1250.555, "euro"));
        assertEquals("61.25%", target.value(61.25, "%"));
        assertEquals("3.333", target.value(3.333, ""));
    }
}
