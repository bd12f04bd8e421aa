package org.experimentlog.domain;

import java.util.List;

/**
 * A value given by the user is missing, malformed, too long or out of range. One exception may hold
 * several such problems ({@link #problems()}), so a form gets all its errors at once; its own
 * field, key and message are those of the first.
 */
public final class InvalidInputException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final transient List<InvalidInputException> problems;

    public InvalidInputException(String field, String message) {
        super(field, message);
        this.problems = null;
    }

    /** A message the web layer can show in the reader's language. */
    public InvalidInputException(String field, ErrorKey key, Object... arguments) {
        super(field, key, arguments);
        this.problems = null;
    }

    private InvalidInputException(InvalidInputException first, List<InvalidInputException> all) {
        super(first.field().orElse(null), first.getMessage());
        this.problems = List.copyOf(all);
    }

    /** One exception for several problems (at least one), in the order given. */
    public static InvalidInputException all(List<InvalidInputException> problems) {
        List<InvalidInputException> flat =
                problems.stream().flatMap(p -> p.problems().stream()).toList();
        return flat.size() == 1 ? flat.get(0) : new InvalidInputException(flat.get(0), flat);
    }

    /** Every problem this exception reports: itself alone, or the ones it was made of. */
    public List<InvalidInputException> problems() {
        return problems == null ? List.of(this) : problems;
    }

    /**
     * The same message about another field, for an adapter that knows which request field held the
     * value.
     */
    public InvalidInputException about(String otherField) {
        return key().map(key -> new InvalidInputException(otherField, key, arguments().toArray()))
                .orElseGet(() -> new InvalidInputException(otherField, getMessage()));
    }
}
