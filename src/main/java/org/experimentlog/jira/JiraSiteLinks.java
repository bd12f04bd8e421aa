package org.experimentlog.jira;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import jakarta.inject.Inject;
import org.experimentlog.app.port.SiteLinks;
import org.springframework.stereotype.Component;

/**
 * {@link SiteLinks} on SAL: Jira's configured base URL, the only one that works in mail read
 * outside a request.
 */
@Component
final class JiraSiteLinks implements SiteLinks {
    private final ApplicationProperties properties;

    @Inject
    JiraSiteLinks(ApplicationProperties properties) {
        this.properties = properties;
    }

    @Override
    public String baseUrl() {
        String base = properties.getBaseUrl(UrlMode.CANONICAL);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
