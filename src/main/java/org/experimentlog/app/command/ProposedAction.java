package org.experimentlog.app.command;

import java.util.Objects;
import org.experimentlog.domain.retrospective.RetroAction;

/**
 * An action as someone proposes it in a retrospective. People type an owner by the name they log in
 * with, while a retrospective keeps the host's user key, which a rename leaves unchanged; the use
 * case resolves the name.
 *
 * @param action the action, with its owner when it was given by user key
 * @param ownerName the user name of its owner, to resolve; null when the action names its owner by
 *     key or has none
 */
public record ProposedAction(RetroAction action, String ownerName) {
    public ProposedAction {
        Objects.requireNonNull(action, "action");
        ownerName = ownerName == null || ownerName.isBlank() ? null : ownerName.strip();
    }

    /** An action whose owner, if any, is already a user key. */
    public static ProposedAction of(RetroAction action) {
        return new ProposedAction(action, null);
    }
}
