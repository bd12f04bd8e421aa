package org.experimentlog.web.ui.digest;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.experimentlog.app.digest.Digest;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.DigestComposer;
import org.springframework.stereotype.Component;

/**
 * Writes a digest in its reader's language: the HTML part with the {@code digest-mail.vm} template
 * (escaped like every page), and the plain-text part line by line here, since plain text needs no
 * escaping and a template would escape it as HTML.
 */
@Component
public class VelocityDigestComposer implements DigestComposer {
    static final String TEMPLATE = "templates/digest-mail.vm";

    private final TemplateRenderer templates;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public VelocityDigestComposer(TemplateRenderer templates, I18nResolver i18n, Clock clock) {
        this.templates = templates;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public ComposedDigest compose(Digest digest) {
        Locale locale = digest.locale();
        String subject = text(locale, "experimentlog.digest.subject", digest.size());
        String title = text(locale, "experimentlog.digest.title");
        DateTimeFormatter days =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        ZoneId zone = clock.zone();
        String intro =
                text(
                        locale,
                        "experimentlog.digest.intro",
                        digest.displayName(),
                        days.format(digest.from().atZone(zone)),
                        days.format(digest.until().atZone(zone)));
        List<DigestGroupView> groups = new ArrayList<>();
        for (Digest.Group g : digest.groups()) {
            groups.add(
                    new DigestGroupView(
                            text(
                                    locale,
                                    "experimentlog.digest.group." + g.target().kind().code(),
                                    g.targetName()),
                            text(locale, "experimentlog.digest.unsubscribe", g.targetName()),
                            g.unsubscribeUrl(),
                            g.entries().stream().map(e -> entry(locale, e)).toList(),
                            g.more() == 0
                                    ? ""
                                    : text(locale, "experimentlog.digest.more", g.more()),
                            g.moreUrl()));
        }
        List<DigestEntryView> lessons =
                digest.yourLessons().stream().map(e -> entry(locale, e)).toList();
        DigestMailView view =
                new DigestMailView(
                        locale.getLanguage(),
                        title,
                        intro,
                        groups,
                        text(locale, "experimentlog.digest.lessons"),
                        lessons,
                        text(locale, "experimentlog.digest.following"),
                        digest.followingUrl(),
                        text(locale, "experimentlog.digest.footer"));
        StringWriter html = new StringWriter();
        try {
            templates.render(TEMPLATE, Map.of("view", view), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ComposedDigest(subject, plainText(view), html.toString());
    }

    private DigestEntryView entry(Locale locale, Digest.Entry e) {
        String issue = e.issueKey().orElse("");
        String kind =
                text(
                        locale,
                        "experimentlog.digest.kind." + e.kind().name().toLowerCase(Locale.ROOT));
        String detail =
                switch (e.kind()) {
                    case LEARNING -> text(locale, "experimentlog.digest.detail.learning", issue);
                    case CONCLUDED -> {
                        String verdict =
                                e.verdictCode()
                                        .map(v -> text(locale, "experimentlog.verdict." + v))
                                        .orElse("");
                        String sentence =
                                e.finding()
                                        .map(
                                                f ->
                                                        i18n.getText(
                                                                locale,
                                                                f.key(),
                                                                f.argumentsFor(locale)
                                                                        .toArray(
                                                                                new Serializable
                                                                                        [0])))
                                        .orElse("");
                        yield (text(locale, "experimentlog.digest.detail.concluded", issue, verdict)
                                        + " "
                                        + sentence)
                                .strip();
                    }
                    case ABANDONED -> text(locale, "experimentlog.digest.detail.abandoned", issue);
                    case STORY -> text(locale, "experimentlog.digest.detail.story");
                    case HELPED -> text(locale, "experimentlog.digest.detail.helped");
                    case APPLIED -> text(locale, "experimentlog.digest.detail.applied", issue);
                };
        return new DigestEntryView(kind, e.title(), e.url(), detail);
    }

    /**
     * The same content as plain text: headings, items with their links, and the unsubscribe links.
     */
    static String plainText(DigestMailView view) {
        StringBuilder out = new StringBuilder();
        out.append(view.getTitle()).append("\n\n").append(view.getIntro()).append("\n");
        for (DigestGroupView g : view.getGroups()) {
            out.append("\n== ").append(g.getHeading()).append(" ==\n\n");
            g.getEntries().forEach(e -> entryText(out, e));
            if (g.isHasMore()) {
                out.append(g.getMore()).append(": ").append(g.getMoreUrl()).append("\n\n");
            }
            out.append(g.getUnsubscribeLabel())
                    .append(": ")
                    .append(g.getUnsubscribeUrl())
                    .append("\n");
        }
        if (view.isHasLessons()) {
            out.append("\n== ").append(view.getLessonsHeading()).append(" ==\n\n");
            view.getLessons().forEach(e -> entryText(out, e));
        }
        out.append("\n-- \n")
                .append(view.getFollowingLabel())
                .append(": ")
                .append(view.getFollowingUrl())
                .append("\n")
                .append(view.getFooter())
                .append("\n");
        return out.toString();
    }

    private static void entryText(StringBuilder out, DigestEntryView e) {
        out.append("* ").append(e.getKindLabel()).append(": ").append(e.getTitle()).append("\n");
        if (e.isHasDetail()) {
            out.append("  ").append(e.getDetail()).append("\n");
        }
        out.append("  ").append(e.getUrl()).append("\n\n");
    }

    private String text(Locale locale, String key, Object... arguments) {
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i] instanceof Serializable s ? s : String.valueOf(arguments[i]);
        }
        return i18n.getText(locale, key, values);
    }
}
