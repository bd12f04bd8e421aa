package org.experimentlog.web.rest;

import org.experimentlog.app.command.SaveDepartment;
import org.experimentlog.domain.department.Department;
import org.experimentlog.domain.department.DepartmentId;
import org.experimentlog.domain.settings.AppSettings;

/** Maps departments and settings to their JSON form and request JSON to commands and settings. */
final class AdministrationJsonMapper {
    private AdministrationJsonMapper() {
    }

    static DepartmentJson toJson(Department department) {
        return new DepartmentJson(department.requireId().value(), department.name(),
                department.groupName().orElse(null), department.version());
    }

    /** A new department: the id and version in the request are ignored. */
    static SaveDepartment create(DepartmentJson json) {
        return new SaveDepartment(null, 0, json.name(), json.groupName());
    }

    static SaveDepartment change(DepartmentId id, DepartmentJson json) {
        return new SaveDepartment(id, JsonInput.version(json.version()), json.name(), json.groupName());
    }

    static SettingsJson toJson(AppSettings settings) {
        return new SettingsJson(settings.anonymousStoriesAllowed(), settings.storiesVisibleToEveryone(),
                settings.outcomeManagerGroup(), settings.confidenceLevel(), settings.version());
    }

    /** The settings a request asks for; every field but the outcome manager group is required. */
    static AppSettings settings(SettingsJson json) {
        return new AppSettings(JsonInput.required(json.anonymousStoriesAllowed(), "anonymousStoriesAllowed"),
                JsonInput.required(json.storiesVisibleToEveryone(), "storiesVisibleToEveryone"),
                json.outcomeManagerGroup(), JsonInput.required(json.confidenceLevel(), "confidenceLevel"),
                JsonInput.version(json.version()));
    }
}
