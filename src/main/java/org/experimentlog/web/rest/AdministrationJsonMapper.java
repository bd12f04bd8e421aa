package org.experimentlog.web.rest;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.experimentlog.app.command.SaveDepartment;
import org.experimentlog.domain.ErrorKey;
import org.experimentlog.domain.InvalidInputException;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.domain.settings.HypothesisPart;
import org.experimentlog.domain.settings.HypothesisPrompts;

/** Maps departments and settings to their JSON form and request JSON to commands and settings. */
final class AdministrationJsonMapper {
    private AdministrationJsonMapper() {}

    static DepartmentJson toJson(Department department) {
        return new DepartmentJson(
                department.requireId().value(),
                department.name(),
                department.groupName().orElse(null),
                department.version());
    }

    /** A new department: the id and version in the request are ignored. */
    static SaveDepartment create(DepartmentJson json) {
        return new SaveDepartment(null, 0, json.name(), json.groupName());
    }

    static SaveDepartment change(DepartmentId id, DepartmentJson json) {
        return new SaveDepartment(
                id, JsonInput.version(json.version()), json.name(), json.groupName());
    }

    static SettingsJson toJson(AppSettings settings) {
        return new SettingsJson(
                settings.anonymousStoriesAllowed(),
                settings.storiesVisibleToEveryone(),
                settings.outcomeManagerGroup(),
                settings.confidenceLevel(),
                toJson(settings.hypothesisPrompts()),
                settings.version());
    }

    /** Every language, each with the parts that have a text of their own, in the parts' order. */
    private static Map<String, Map<String, String>> toJson(HypothesisPrompts prompts) {
        Map<String, Map<String, String>> json = new LinkedHashMap<>();
        for (String language : HypothesisPrompts.LANGUAGES) {
            Map<String, String> parts = new LinkedHashMap<>();
            for (HypothesisPart part : HypothesisPart.values()) {
                prompts.prompt(language, part).ifPresent(text -> parts.put(part.field(), text));
            }
            json.put(language, parts);
        }
        return json;
    }

    private static HypothesisPrompts prompts(Map<String, Map<String, String>> json) {
        if (json == null) {
            return HypothesisPrompts.none();
        }
        Map<String, Map<HypothesisPart, String>> texts = new LinkedHashMap<>();
        json.forEach(
                (language, parts) -> {
                    Map<HypothesisPart, String> byPart = new EnumMap<>(HypothesisPart.class);
                    if (parts != null) {
                        parts.forEach(
                                (field, text) ->
                                        byPart.put(
                                                HypothesisPart.ofField(field)
                                                        .orElseThrow(
                                                                () ->
                                                                        new InvalidInputException(
                                                                                "hypothesisPrompts."
                                                                                        + language
                                                                                        + "."
                                                                                        + field,
                                                                                ErrorKey
                                                                                        .CODE_NOT_ONE_OF,
                                                                                field,
                                                                                "change, audience, expectedResult, reason, signal")),
                                                text));
                    }
                    texts.put(language, byPart);
                });
        return HypothesisPrompts.of(texts);
    }

    /** The settings a request asks for; every field but the outcome manager group is required. */
    static AppSettings settings(SettingsJson json) {
        return new AppSettings(
                JsonInput.required(json.anonymousStoriesAllowed(), "anonymousStoriesAllowed"),
                JsonInput.required(json.storiesVisibleToEveryone(), "storiesVisibleToEveryone"),
                json.outcomeManagerGroup(),
                JsonInput.required(json.confidenceLevel(), "confidenceLevel"),
                prompts(json.hypothesisPrompts()),
                JsonInput.version(json.version()));
    }
}
