package org.experimentlog.web.ui.register;

import java.util.Locale;

/**
 * What every page of the public register shows around its content: the word mark, the publisher,
 * the licence, the language switch and the links to the list, the feed and the open data. The
 * register is a publication of its own, not a page of Jira, so it carries no Jira chrome.
 */
public final class RegisterChromeView {
    private final Locale locale;
    private final String logoText;
    private final String organisation;
    private final String licenceName;
    private final String licenceUrl;
    private final String switchHref;
    private final String switchLanguage;
    private final String switchLabel;
    private final String registerHref;
    private final String feedHref;
    private final String dataHref;
    private final String cssHref;

    RegisterChromeView(
            Locale locale,
            String logoText,
            String organisation,
            String licenceName,
            String licenceUrl,
            String switchHref,
            String switchLanguage,
            String switchLabel,
            String contextPath,
            String cssHref) {
        this.locale = locale;
        this.logoText = logoText;
        this.organisation = organisation;
        this.licenceName = licenceName;
        this.licenceUrl = licenceUrl;
        this.switchHref = switchHref;
        this.switchLanguage = switchLanguage;
        this.switchLabel = switchLabel;
        this.registerHref =
                contextPath
                        + "/plugins/servlet/experiment-log/register?lang="
                        + locale.getLanguage();
        this.feedHref =
                contextPath
                        + "/plugins/servlet/experiment-log/register/feed?lang="
                        + locale.getLanguage();
        this.dataHref = contextPath + "/rest/experiment-log/1.0/register/experiments";
        this.cssHref = cssHref;
    }

    /** The reader's language, for the translations. */
    public Locale getLocale() {
        return locale;
    }

    /** {@code en} or {@code nl}, for the page's {@code lang} attribute. */
    public String getLanguage() {
        return locale.getLanguage();
    }

    public String getLogoText() {
        return logoText;
    }

    public boolean isHasOrganisation() {
        return organisation != null && !organisation.isEmpty();
    }

    public String getOrganisation() {
        return organisation == null ? "" : organisation;
    }

    public String getLicenceName() {
        return licenceName;
    }

    public String getLicenceUrl() {
        return licenceUrl;
    }

    /** This page in the other language. */
    public String getSwitchHref() {
        return switchHref;
    }

    public String getSwitchLanguage() {
        return switchLanguage;
    }

    /** The other language's name in that language: "Nederlands", "English". */
    public String getSwitchLabel() {
        return switchLabel;
    }

    public String getRegisterHref() {
        return registerHref;
    }

    public String getFeedHref() {
        return feedHref;
    }

    public String getDataHref() {
        return dataHref;
    }

    public String getCsvHref() {
        return dataHref + "?format=csv";
    }

    public String getCssHref() {
        return cssHref;
    }
}
