package org.experimentlog.web.ui.register;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders the public register's pages: complete HTML documents of their own (no Jira decorator, no
 * Jira web resources, no script), cacheable by browsers and proxies for a few minutes.
 */
@Component
public class RegisterPages {
    /** Five minutes: a new publication shows up soon, and a busy register costs little. */
    static final String CACHE_CONTROL = "public, max-age=300";

    private final TemplateRenderer templates;
    private final I18nResolver i18n;

    @Inject
    public RegisterPages(TemplateRenderer templates, I18nResolver i18n) {
        this.templates = templates;
        this.i18n = i18n;
    }

    void render(
            HttpServletResponse response,
            int status,
            String template,
            Object view,
            boolean cacheable)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", cacheable ? CACHE_CONTROL : "no-store");
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("X-Content-Type-Options", "nosniff");
        templates.render(template, Map.of("view", view, "i18n", i18n), response.getWriter());
    }
}
