package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.experimentlog.app.port.PublishingSettingsRepository;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.StaleVersionException;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.register.Licence;
import org.experimentlog.domain.register.PublishingSettings;
import org.springframework.stereotype.Component;

/**
 * The register's settings, as rows of the settings table under keys starting {@code register.},
 * with their own version, so saving them never collides with the other settings.
 */
@Component
public final class AoPublishingSettingsRepository implements PublishingSettingsRepository {
    static final String PREFIX = "register.";
    static final String ENABLED = PREFIX + "enabled";
    static final String LICENCE = PREFIX + "licence";
    static final String ORGANISATION = PREFIX + "organisation";
    static final String LOGO_TEXT = PREFIX + "logo-text";
    static final String DEPARTMENTS = PREFIX + "departments";
    static final String NAMES_ALLOWED = PREFIX + "names-allowed";
    static final String VERSION = PREFIX + "version";

    private final ActiveObjects ao;
    private final VersionClaims claims;

    @Inject
    public AoPublishingSettingsRepository(ActiveObjects ao) {
        this.ao = ao;
        this.claims = new VersionClaims(ao);
    }

    @Override
    public PublishingSettings load() {
        Map<String, String> values = new HashMap<>();
        rows().forEach((key, row) -> values.put(key, row.getSettingValue()));
        if (!values.containsKey(VERSION)) {
            return PublishingSettings.defaults();
        }
        String departments = values.get(DEPARTMENTS);
        return new PublishingSettings(
                Boolean.parseBoolean(values.get(ENABLED)),
                values.get(LICENCE) == null
                        ? Licence.CC_BY_4_0
                        : Coded.fromCode(Licence.class, values.get(LICENCE), "licence"),
                values.get(ORGANISATION),
                values.get(LOGO_TEXT),
                departments == null || departments.isBlank()
                        ? Set.of()
                        : Arrays.stream(departments.split(","))
                                .map(id -> new DepartmentId(Long.parseLong(id)))
                                .collect(Collectors.toSet()),
                Boolean.parseBoolean(values.get(NAMES_ALLOWED)),
                Long.parseLong(values.get(VERSION)));
    }

    @Override
    public PublishingSettings save(PublishingSettings settings) {
        long next = settings.version() + 1;
        claims.claim("register-settings", next, "settings");
        Map<String, AoSetting> rows = rows();
        AoSetting versionRow = rows.get(VERSION);
        long stored = versionRow == null ? 0 : Long.parseLong(versionRow.getSettingValue());
        if (stored != settings.version()) {
            throw new StaleVersionException("settings");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ENABLED, Boolean.toString(settings.enabled()));
        values.put(LICENCE, settings.licence().code());
        values.put(ORGANISATION, settings.organisation());
        values.put(LOGO_TEXT, settings.logoText());
        values.put(
                DEPARTMENTS,
                settings.departments().stream()
                        .map(d -> Long.toString(d.value()))
                        .sorted()
                        .collect(Collectors.joining(",")));
        values.put(NAMES_ALLOWED, Boolean.toString(settings.namesAllowed()));
        values.put(VERSION, Long.toString(next));
        values.forEach(
                (key, value) -> {
                    AoSetting row = rows.get(key);
                    if (row == null) {
                        Map<String, Object> columns = new HashMap<>();
                        columns.put(AoSetting.SETTING_KEY, key);
                        columns.put(AoSetting.SETTING_VALUE, value);
                        ao.create(AoSetting.class, columns);
                    } else {
                        row.setSettingValue(value);
                        row.save();
                    }
                });
        return settings.atVersion(next);
    }

    private Map<String, AoSetting> rows() {
        return Arrays.stream(
                        ao.find(
                                AoSetting.class,
                                Query.select()
                                        .where(AoSetting.SETTING_KEY + " LIKE ?", PREFIX + "%")))
                .collect(Collectors.toMap(AoSetting::getSettingKey, Function.identity()));
    }
}
