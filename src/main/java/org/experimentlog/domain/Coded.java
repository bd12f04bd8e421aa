package org.experimentlog.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A closed vocabulary whose values are stored and sent by a stable code, never by the Java constant
 * name, so a constant can be renamed without touching the database or the REST API. Tests pin every
 * code.
 */
public interface Coded {
    /** The stable code: lower case, words joined by hyphens. */
    String code();

    /**
     * The constant with this code, or an {@link InvalidInputException} that lists the allowed
     * codes.
     */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code, String field) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        String allowed =
                Arrays.stream(type.getEnumConstants())
                        .map(Coded::code)
                        .collect(Collectors.joining(", "));
        throw new InvalidInputException(field, ErrorKey.CODE_NOT_ONE_OF, code, allowed);
    }
}
