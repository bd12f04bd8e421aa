package org.experimentlog.web.format;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
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
     * A number someone typed (a result's figures, a measurement, a baseline), written exactly as
     * the locale writes it, every decimal kept ({@code 1,250.555}, Dutch {@code 1.250,555}): what
     * the page shows, typed back into a form, is the same number.
     */
    public String exact(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return numbers.format(value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, decimal.scale()));
        return format.format(decimal);
    }

    /**
     * A number as the reader types it into a form: every decimal kept, the locale's decimal
     * separator, no grouping ({@code 1250.555}, Dutch {@code 1250,555}).
     */
    public String typed(double value) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return plain(value).replace('.', decimal);
    }

    /** A number as JSON and the API write it: a dot, no grouping, no exponent ({@code 1250.5}). */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * A typed number with its unit: {@code 12%}, {@code 3.5 days}, or the bare number when there is
     * no unit; the number {@link #exact}.
     */
    public String value(double value, String unit) {
        if (unit == null || unit.isBlank()) {
            return exact(value);
        }
        return unit.equals("%") ? exact(value) + "%" : exact(value) + " " + unit;
    }

    /** A day in the locale's medium style ("1 jul 2026", "Jul 1, 2026"). */
    public String day(LocalDate day) {
        return days.format(day);
    }
}
