package org.experimentlog.web.ui.register;

import java.util.List;
import org.experimentlog.web.ui.OptionView;

/**
 * The register settings page: publishing on or off, the licence, the publisher's names, departments
 * and names.
 */
public final class RegisterAdminView {
    private final boolean enabled;
    private final List<OptionView> licenceOptions;
    private final String organisation;
    private final String logoText;
    private final List<OptionView> departmentOptions;
    private final boolean namesAllowed;
    private final long settingsVersion;
    private final String registerHref;

    RegisterAdminView(
            boolean enabled,
            List<OptionView> licenceOptions,
            String organisation,
            String logoText,
            List<OptionView> departmentOptions,
            boolean namesAllowed,
            long settingsVersion,
            String registerHref) {
        this.enabled = enabled;
        this.licenceOptions = List.copyOf(licenceOptions);
        this.organisation = organisation == null ? "" : organisation;
        this.logoText = logoText == null ? "" : logoText;
        this.departmentOptions = List.copyOf(departmentOptions);
        this.namesAllowed = namesAllowed;
        this.settingsVersion = settingsVersion;
        this.registerHref = registerHref;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public List<OptionView> getLicenceOptions() {
        return licenceOptions;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getLogoText() {
        return logoText;
    }

    /** Every department, chosen when it may publish; none chosen means all may. */
    public List<OptionView> getDepartmentOptions() {
        return departmentOptions;
    }

    public boolean isNamesAllowed() {
        return namesAllowed;
    }

    public long getSettingsVersion() {
        return settingsVersion;
    }

    public String getRegisterHref() {
        return registerHref;
    }
}
