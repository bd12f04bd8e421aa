package org.experimentlog.app.port;

import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.register.PublishingSettings;

/** Stores the administrator's choices for the public register, shared by all nodes of a cluster. */
public interface PublishingSettingsRepository {
    /** The settings, or the defaults (publishing off) before an administrator saved any. */
    PublishingSettings load();

    /**
     * @throws StaleVersionException when the stored version differs from the settings' version
     */
    PublishingSettings save(PublishingSettings settings);
}
