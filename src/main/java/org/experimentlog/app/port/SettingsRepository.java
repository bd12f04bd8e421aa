package org.experimentlog.app.port;

import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.settings.AppSettings;

/** Stores the administrator's settings, shared by all nodes of a cluster. */
public interface SettingsRepository {
    /** The settings, or the defaults before an administrator saved any. */
    AppSettings load();

    /**
     * @throws StaleVersionException when the stored version differs from the settings' version
     */
    AppSettings save(AppSettings settings);
}
