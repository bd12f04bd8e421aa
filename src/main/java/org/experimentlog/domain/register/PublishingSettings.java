package org.experimentlog.domain.register;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;
import org.experimentlog.domain.FieldLabel;
import org.experimentlog.domain.Fields;
import org.experimentlog.domain.department.DepartmentId;

/**
 * What an administrator decides about the public register.
 *
 * @param enabled whether the register and its open data are public; off until an administrator
 *     switches it on
 * @param licence the licence shown with the open data
 * @param organisation the publishing organisation's name; optional
 * @param logoText the text of the register's word mark; optional
 * @param departments the departments whose experiments may be published; empty means every
 *     department
 * @param namesAllowed whether the names of the people involved may be published
 * @param version for optimistic locking
 */
public record PublishingSettings(
        boolean enabled,
        Licence licence,
        String organisation,
        String logoText,
        Set<DepartmentId> departments,
        boolean namesAllowed,
        long version) {
    public static final int NAME_MAX = 200;

    public PublishingSettings {
        requireNonNull(licence, "licence");
        organisation =
                Fields.optional("organisation", FieldLabel.ORGANISATION, organisation, NAME_MAX);
        logoText = Fields.optional("logoText", FieldLabel.LOGO_TEXT, logoText, NAME_MAX);
        departments = Set.copyOf(departments);
        Fields.version(version);
    }

    /** Publishing off, CC BY 4.0, every department, no names. */
    public static PublishingSettings defaults() {
        return new PublishingSettings(false, Licence.CC_BY_4_0, null, null, Set.of(), false, 0);
    }

    public PublishingSettings atVersion(long stored) {
        return new PublishingSettings(
                enabled, licence, organisation, logoText, departments, namesAllowed, stored);
    }

    /**
     * Whether an experiment of these departments may be published: every department when none were
     * chosen.
     */
    public boolean allows(Set<DepartmentId> experimentDepartments) {
        return departments.isEmpty()
                || experimentDepartments.stream().anyMatch(departments::contains);
    }

    public Optional<String> organisationName() {
        return Optional.ofNullable(organisation);
    }

    public Optional<String> logo() {
        return Optional.ofNullable(logoText);
    }
}
