package org.experimentlog.web.ui.panel;

import java.util.List;
import org.experimentlog.web.ui.register.RegisterChangeView;
import org.experimentlog.web.ui.register.RegisterPairView;

/**
 * The plan section of the issue panel: the registered plan, the deviations from it with their
 * reasons, and the experiment's publication in the public register. A section of its own, beside
 * the experiment panel.
 */
public final class RegisterPanelView {
    private final boolean registered;
    private final boolean late;
    private final String registeredOn;
    private final String registeredBy;
    private final int planVersion;
    private final List<RegisterPairView> plan;
    private final List<RegisterChangeView> deviations;
    private final boolean canEdit;
    private final boolean canOpenPublishPage;
    private final String publishHref;
    private final String publicationText;
    private final String publicHref;

    RegisterPanelView(
            boolean registered,
            boolean late,
            String registeredOn,
            String registeredBy,
            int planVersion,
            List<RegisterPairView> plan,
            List<RegisterChangeView> deviations,
            boolean canEdit,
            boolean canOpenPublishPage,
            String publishHref,
            String publicationText,
            String publicHref) {
        this.registered = registered;
        this.late = late;
        this.registeredOn = registeredOn;
        this.registeredBy = registeredBy;
        this.planVersion = planVersion;
        this.plan = List.copyOf(plan);
        this.deviations = List.copyOf(deviations);
        this.canEdit = canEdit;
        this.canOpenPublishPage = canOpenPublishPage;
        this.publishHref = publishHref;
        this.publicationText = publicationText;
        this.publicHref = publicHref;
    }

    public boolean isRegistered() {
        return registered;
    }

    /** Registered after the experiment had started, by the upgrade that introduced registration. */
    public boolean isLate() {
        return late;
    }

    public String getRegisteredOn() {
        return registeredOn;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public int getPlanVersion() {
        return planVersion;
    }

    public List<RegisterPairView> getPlan() {
        return plan;
    }

    public List<RegisterChangeView> getDeviations() {
        return deviations;
    }

    public boolean isHasDeviations() {
        return !deviations.isEmpty();
    }

    /** Whether the edit forms must ask why the plan changes: the caller edits a registered plan. */
    public boolean isAsksReason() {
        return registered && canEdit;
    }

    public boolean isCanOpenPublishPage() {
        return canOpenPublishPage;
    }

    public String getPublishHref() {
        return publishHref;
    }

    public boolean isHasPublication() {
        return !publicationText.isEmpty();
    }

    public String getPublicationText() {
        return publicationText;
    }

    public boolean isHasPublicHref() {
        return !publicHref.isEmpty();
    }

    public String getPublicHref() {
        return publicHref;
    }
}
