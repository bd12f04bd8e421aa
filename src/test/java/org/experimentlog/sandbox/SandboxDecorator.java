package org.experimentlog.sandbox;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.experimentlog.testing.PluginDescriptor;

/**
 * Jira's decorator, in small: a plugin page that declares {@code <meta name="decorator">} is
 * wrapped in the host's chrome (the sandbox banner, the top navigation from the descriptor's web
 * items, and the web resources the page asked for); other responses pass through unchanged.
 */
final class SandboxDecorator implements Filter {
    private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final Pattern BODY = Pattern.compile("(?is)<body[^>]*>(.*)</body>");

    private final PluginDescriptor descriptor;
    private final WebFragmentConditions fragments;

    SandboxDecorator(PluginDescriptor descriptor, WebFragmentConditions fragments) {
        this.descriptor = descriptor;
        this.fragments = fragments;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        CharArrayWriter captured = new CharArrayWriter();
        HttpServletResponseWrapper wrapper =
                new HttpServletResponseWrapper(response) {
                    private final PrintWriter writer = new PrintWriter(captured);

                    @Override
                    public PrintWriter getWriter() {
                        return writer;
                    }
                };
        SandboxPageBuilderService.takeContexts();
        chain.doFilter(request, wrapper);
        wrapper.getWriter().flush();
        String page = captured.toString();
        if (response.isCommitted() || !page.contains("name=\"decorator\"")) {
            response.getWriter().write(page);
            return;
        }
        Matcher title = TITLE.matcher(page);
        Matcher body = BODY.matcher(page);
        StringBuilder head = new StringBuilder();
        for (String context : SandboxPageBuilderService.takeContexts()) {
            head.append(WebPanels.resourceTags(descriptor, request.getContextPath(), context));
        }
        SandboxPages.decorated(
                request,
                response,
                title.find() ? title.group(1).strip() : "",
                body.find() ? body.group(1) : page,
                head.toString(),
                descriptor,
                fragments);
    }
}
