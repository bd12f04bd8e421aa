package org.experimentlog.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sandbox's mail page, {@code /plugins/servlet/sandbox/mail}: what its SMTP server received,
 * newest first, each message with its HTML part as a mail program shows it (in a sandboxed frame,
 * scripts off) and its text part. {@code ?to=pia} shows only the mail to one user. Administrators
 * only. Part of the sandbox, not of the app.
 */
final class SandboxMailPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SandboxMail mail;
    private final transient SandboxDirectory directory;

    SandboxMailPage(SandboxMail mail, SandboxDirectory directory) {
        this.mail = mail;
        this.directory = directory;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String user = CurrentUser.name().orElse(null);
        if (user == null) {
            response.sendRedirect(
                    request.getContextPath()
                            + "/login.jsp?os_destination="
                            + URLEncoder.encode(
                                    "/plugins/servlet/sandbox/mail", StandardCharsets.UTF_8));
            return;
        }
        SandboxI18n text = new SandboxI18n(CurrentUser.locale());
        response.setContentType("text/html;charset=UTF-8");
        if (!directory.isAdministrator(user)) {
            response.setStatus(403);
            response.getWriter()
                    .write(
                            page(
                                    text,
                                    "<p>"
                                            + esc(text.getText("experimentlog.sandbox.mail.denied"))
                                            + "</p>"));
            return;
        }
        mail.flush();
        String to = request.getParameter("to");
        List<SandboxMail.ReceivedMail> received =
                mail.received().stream()
                        .filter(m -> to == null || m.to().startsWith(to + "@"))
                        .toList();
        StringBuilder body = new StringBuilder();
        body.append("<p>")
                .append(
                        esc(
                                text.getText(
                                        "experimentlog.sandbox.mail.intro",
                                        List.of(received.size(), mail.smtpPort()))))
                .append("</p>");
        for (int i = received.size() - 1; i >= 0; i--) {
            SandboxMail.ReceivedMail m = received.get(i);
            int n = i + 1;
            body.append("<section class=\"sandbox-mail\" aria-labelledby=\"mail-")
                    .append(n)
                    .append("\">")
                    .append("<h2 id=\"mail-")
                    .append(n)
                    .append("\">")
                    .append(esc(m.subject()))
                    .append("</h2>")
                    .append("<p>")
                    .append(esc(text.getText("experimentlog.sandbox.mail.to")))
                    .append(" ")
                    .append(esc(m.to()))
                    .append(" · ")
                    .append(esc(text.getText("experimentlog.sandbox.mail.from")))
                    .append(" ")
                    .append(esc(m.from()))
                    .append("</p>")
                    .append(
                            "<iframe class=\"sandbox-mail-html\" width=\"100%\" height=\"480\" sandbox=\"\" title=\"")
                    .append(esc(text.getText("experimentlog.sandbox.mail.html", m.subject())))
                    .append("\" srcdoc=\"")
                    .append(esc(m.html()))
                    .append("\"></iframe>")
                    .append("<details><summary>")
                    .append(esc(text.getText("experimentlog.sandbox.mail.text")))
                    .append("</summary><pre>")
                    .append(esc(m.text()))
                    .append("</pre></details></section>");
        }
        response.getWriter().write(page(text, body.toString()));
    }

    private static String page(SandboxI18n text, String body) {
        return "<!DOCTYPE html><html><head><title>"
                + esc(text.getText("experimentlog.sandbox.mail.title"))
                + "</title><meta name=\"decorator\" content=\"atl.general\"></head><body><h1>"
                + esc(text.getText("experimentlog.sandbox.mail.title"))
                + "</h1>"
                + body
                + "</body></html>";
    }

    private static String esc(String value) {
        return SandboxPages.Html.escape(value == null ? "" : value);
    }
}
