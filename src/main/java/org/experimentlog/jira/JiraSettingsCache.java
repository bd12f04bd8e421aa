package org.experimentlog.jira;

import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.cache.CachedReference;
import com.atlassian.cache.Supplier;
import jakarta.inject.Inject;
import org.experimentlog.app.port.SettingsCache;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.domain.settings.AppSettings;
import org.springframework.stereotype.Component;

/**
 * The settings in one of Jira's own cached references (Atlassian Cache), shared by the cluster's
 * nodes and replicated by invalidation: a reset on one node makes every node load them again from
 * the database, so no node keeps settings of its own. Jira keeps the reference only weakly to its
 * supplier, so the supplier is a field here.
 */
@Component
public final class JiraSettingsCache implements SettingsCache {
    static final String NAME = "org.experimentlog.experiment-log.settings";

    private final Supplier<AppSettings> load;
    private final CachedReference<AppSettings> reference;

    @Inject
    public JiraSettingsCache(SettingsRepository settings, CacheManager caches) {
        this.load = settings::load;
        this.reference =
                caches.getCachedReference(
                        NAME,
                        load,
                        new CacheSettingsBuilder().remote().replicateViaInvalidation().build());
    }

    @Override
    public AppSettings settings() {
        return reference.get();
    }

    @Override
    public void forget() {
        reference.reset();
    }
}
