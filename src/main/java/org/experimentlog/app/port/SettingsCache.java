package org.experimentlog.app.port;

import org.experimentlog.domain.settings.AppSettings;

/**
 * The administrator's settings as last saved, kept in memory by the host and forgotten on every
 * node of the cluster when they change, so that reading them on every issue view costs no query.
 * Read-only uses take them from here; whoever saves them reads the repository (its version guards
 * the save) and calls {@link #forget} after the save has committed.
 */
public interface SettingsCache {
    /** The settings, loaded from the {@link SettingsRepository} when no value is held. */
    AppSettings settings();

    /**
     * Forgets the held settings on every node, so the next read loads them again. Called after the
     * transaction that saved them has committed: a node that read them before the commit then loads
     * the new ones.
     */
    void forget();
}
