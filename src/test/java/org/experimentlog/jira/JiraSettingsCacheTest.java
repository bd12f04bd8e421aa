package org.experimentlog.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CachedReference;
import com.atlassian.cache.Supplier;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.domain.settings.AppSettings;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class JiraSettingsCacheTest {
    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private SettingsRepository settings;
    @Mock private CacheManager caches;
    @Mock private CachedReference<AppSettings> reference;

    @Captor private ArgumentCaptor<Supplier<AppSettings>> supplier;
    private JiraSettingsCache target;

    @Before
    public void setUp() {
        when(caches.<AppSettings>getCachedReference(
                        eq(JiraSettingsCache.NAME), supplier.capture(), any()))
                .thenReturn(reference);
        target = new JiraSettingsCache(settings, caches);
    }

    @Test
    public void settings_shouldBeTheCachedReferencesValue() {
        AppSettings stored = AppSettings.defaults().atVersion(4);
        when(reference.get()).thenReturn(stored);

        AppSettings result = target.settings();

        assertSame(stored, result);
    }

    @Test
    public void theReferencesSupplier_shouldLoadTheSettingsFromTheRepository() {
        AppSettings stored = AppSettings.defaults().atVersion(7);
        when(settings.load()).thenReturn(stored);

        AppSettings loaded = supplier.getValue().get();

        assertEquals(stored, loaded);
    }

    @Test
    public void forget_shouldResetTheReference() {
        target.forget();

        verify(reference).reset();
    }
}
