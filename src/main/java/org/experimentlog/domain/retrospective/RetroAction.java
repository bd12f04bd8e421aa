package org.experimentlog.domain.retrospective;

import java.time.LocalDate;
import java.util.Optional;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.UserRef;

/**
 * An action a team agreed on in a retrospective.
 *
 * @param id the stored id; null before it is stored
 * @param text what will be done
 * @param owner who will do it; optional
 * @param due by when; optional
 * @param done whether it is done
 */
public record RetroAction(ActionId id, String text, UserRef owner, LocalDate due, boolean done) {
    public static final int TEXT_MAX = 1_000;

    public RetroAction {
        text = Fields.required("actions.text", FieldLabel.ACTION, text, TEXT_MAX);
    }

    public Optional<UserRef> ownerIfAny() {
        return Optional.ofNullable(owner);
    }

    public Optional<LocalDate> dueIfAny() {
        return Optional.ofNullable(due);
    }
}
