package org.experimentlog.sandbox;

import org.experimentlog.app.port.SiteLinks;

/** The sandbox's base URL, known once its server listens (it may start on any free port). */
final class SandboxSiteLinks implements SiteLinks {
    private volatile String baseUrl = "http://localhost:2990/jira";

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    void set(String url) {
        this.baseUrl = url;
    }
}
