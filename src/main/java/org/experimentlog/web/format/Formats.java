package org.experimentlog.web.format;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers and days as the reader's locale writes them; shared by the pages ({@code web.ui}) and the
 * REST exports meant for reading ({@code web.rest}), which do not depend on each other.
 */
public final class Formats {
    private final Locale locale;
    private final NumberFormat numbers;
    private final NumberFormat counts;
    private final DateTimeFormatter days;

    public Formats(Locale locale) {
        this.locale = locale;
        numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        counts = NumberFormat.getIntegerInstance(locale);
        days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The reader's locale these formats follow. */
    public Locale locale() {
        return locale;
    }

    /** A number with at most two decimals, grouped as the locale groups it. */
    public String number(double value) {
        return numbers.format(value);
    }

    /** A whole number, grouped as the locale groups it. */
    public String count(long value) {
        return counts.format(value);
    }

    /**
     * A number with its unit: {@code 12%}, {@code 3.5 days}, or the bare number when there is no
     * unit.
     */
    public String value(double value, String unit) {
        if (unit == null || unit.isBlank()) {
            return number(value);
        }
        return unit.equals("%") ? number(value) + "%" : number(value) + " " + unit;
    }

    /** A day in the locale's medium style ("1 jul 2026", "Jul 1, 2026"). */
    public String day(LocalDate day) {
        return days.format(day);
    }
}
