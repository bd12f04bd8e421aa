package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.experimentlog.app.port.SettingsRepository;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.domain.settings.HypothesisPart;
import org.experimentlog.domain.settings.HypothesisPrompts;
import org.springframework.stereotype.Component;

/**
 * The administrator's settings, one Active Objects row per setting. A setting missing from the
 * table (a new one, added by a later release) reads as its default.
 */
@Component
public final class AoSettingsRepository implements SettingsRepository {
    static final String ANONYMOUS_STORIES_ALLOWED = "stories.anonymous-allowed";
    static final String STORIES_VISIBLE_TO_EVERYONE = "stories.everyone-by-default";
    static final String OUTCOME_MANAGER_GROUP = "outcomes.manager-group";
    static final String CONFIDENCE_LEVEL = "stats.confidence-level";
    static final String VERSION = "settings.version";

    /** Followed by {@code <language>.<part>}, e.g. {@code hypothesis.prompt.nl.change}. */
    static final String PROMPT_PREFIX = "hypothesis.prompt.";

    private final ActiveObjects ao;
    private final VersionClaims claims;

    @Inject
    public AoSettingsRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new VersionClaims(ao);
    }

    @Override
    public AppSettings load() {
        Map<String, AoSetting> rows = rows();
        AppSettings defaults = AppSettings.defaults();
        if (!rows.containsKey(VERSION)) {
            return defaults;
        }
        Map<String, String> values = new HashMap<>();
        rows.forEach((key, row) -> values.put(key, row.getSettingValue()));
        return new AppSettings(
                values.containsKey(ANONYMOUS_STORIES_ALLOWED)
                        ? Boolean.parseBoolean(values.get(ANONYMOUS_STORIES_ALLOWED))
                        : defaults.anonymousStoriesAllowed(),
                values.containsKey(STORIES_VISIBLE_TO_EVERYONE)
                        ? Boolean.parseBoolean(values.get(STORIES_VISIBLE_TO_EVERYONE))
                        : defaults.storiesVisibleToEveryone(),
                values.containsKey(OUTCOME_MANAGER_GROUP)
                        ? values.get(OUTCOME_MANAGER_GROUP)
                        : defaults.outcomeManagerGroup(),
                values.containsKey(CONFIDENCE_LEVEL)
                        ? Double.parseDouble(values.get(CONFIDENCE_LEVEL))
                        : defaults.confidenceLevel(),
                prompts(values),
                Long.parseLong(values.get(VERSION)));
    }

    @Override
    public AppSettings save(AppSettings settings) {
        long next = settings.version() + 1;
        claims.claim("settings", next, "settings");
        Map<String, AoSetting> rows = rows();
        AoSetting versionRow = rows.get(VERSION);
        long stored = versionRow == null ? 0 : Long.parseLong(versionRow.getSettingValue());
        if (stored != settings.version()) {
            throw new StaleVersionException("settings");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ANONYMOUS_STORIES_ALLOWED, Boolean.toString(settings.anonymousStoriesAllowed()));
        values.put(
                STORIES_VISIBLE_TO_EVERYONE, Boolean.toString(settings.storiesVisibleToEveryone()));
        values.put(OUTCOME_MANAGER_GROUP, settings.outcomeManagerGroup());
        values.put(CONFIDENCE_LEVEL, Double.toString(settings.confidenceLevel()));
        for (String language : HypothesisPrompts.LANGUAGES) {
            for (HypothesisPart part : HypothesisPart.values()) {
                values.put(
                        PROMPT_PREFIX + language + "." + part.code(),
                        settings.hypothesisPrompts().prompt(language, part).orElse(null));
            }
        }
        values.put(VERSION, Long.toString(next));
        // A prompt left at the built-in example needs no row; one that had a text is emptied.
        values.forEach(
                (key, value) -> {
                    if (value != null || !key.startsWith(PROMPT_PREFIX) || rows.containsKey(key)) {
                        write(rows.get(key), key, value);
                    }
                });
        return settings.atVersion(next);
    }

    /** The stored prompts; a missing or empty row is the built-in example. */
    private static HypothesisPrompts prompts(Map<String, String> values) {
        Map<String, Map<HypothesisPart, String>> texts = new LinkedHashMap<>();
        for (String language : HypothesisPrompts.LANGUAGES) {
            Map<HypothesisPart, String> parts = new EnumMap<>(HypothesisPart.class);
            for (HypothesisPart part : HypothesisPart.values()) {
                String text = values.get(PROMPT_PREFIX + language + "." + part.code());
                if (text != null && !text.isBlank()) {
                    parts.put(part, text);
                }
            }
            texts.put(language, parts);
        }
        return HypothesisPrompts.of(texts);
    }

    private void write(AoSetting row, String key, String value) {
        if (row == null) {
            Map<String, Object> columns = new HashMap<>();
            columns.put(AoSetting.SETTING_KEY, key);
            columns.put(AoSetting.SETTING_VALUE, value);
            ao.create(AoSetting.class, columns);
        } else {
            row.setSettingValue(value);
            row.save();
        }
    }

    private Map<String, AoSetting> rows() {
        return Arrays.stream(ao.find(AoSetting.class, Query.select()))
                .collect(Collectors.toMap(AoSetting::getSettingKey, Function.identity()));
    }
}
