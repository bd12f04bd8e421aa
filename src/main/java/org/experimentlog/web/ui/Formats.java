package org.experimentlog.web.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers and days as the reader's locale writes them. */
final class Formats {
    private final Locale locale;
    private final NumberFormat numbers;
    private final NumberFormat counts;
    private final DateTimeFormatter days;

    Formats(Locale locale) {
        this.locale = locale;
        numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        counts = NumberFormat.getIntegerInstance(locale);
        days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    Locale locale() {
        return locale;
    }

    String number(double value) {
        return numbers.format(value);
    }

    String count(long value) {
        return counts.format(value);
    }

    String value(double value, String unit) {
        if (unit == null || unit.isBlank()) {
            return number(value);
        }
        return unit.equals("%") ? number(value) + "%" : number(value) + " " + unit;
    }

    String day(LocalDate day) {
        return days.format(day);
    }
}
