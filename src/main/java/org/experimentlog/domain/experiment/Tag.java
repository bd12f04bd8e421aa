package org.experimentlog.domain.experiment;

import java.util.Locale;
import java.util.regex.Pattern;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;

/**
 * A label on a learning, such as {@code digital-forms}. Stored in lower case, so {@code Forms} and
 * {@code forms} are one tag.
 *
 * @param value letters, digits and hyphens, 1 to 40 characters
 */
public record Tag(String value) implements Comparable<Tag> {
    public static final int MAX_LENGTH = 40;
    private static final Pattern SHAPE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");

    public Tag {
        String normalised =
                value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        if (normalised.isEmpty()
                || normalised.length() > MAX_LENGTH
                || !SHAPE.matcher(normalised).matches()) {
            throw new InvalidInputException("tags", ErrorKey.TAG_INVALID, value, MAX_LENGTH);
        }
        value = normalised;
    }

    @Override
    public int compareTo(Tag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
