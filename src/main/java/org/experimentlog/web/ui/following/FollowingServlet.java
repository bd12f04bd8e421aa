package org.experimentlog.web.ui.following;

import com.atlassian.annotations.security.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.app.OutcomeService;
import org.experimentlog.app.digest.FollowingService;
import org.experimentlog.app.port.Clock;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.follow.DigestFrequency;
import org.experimentlog.domain.follow.DigestPreferences;
import org.experimentlog.web.ui.OptionView;
import org.experimentlog.web.ui.PageRenderer;

/**
 * The personal following page, {@code /plugins/servlet/experiment-log/following}: everything the
 * reader follows (their own choices and their department's default), how often and in which
 * language their digest comes, and forms to follow a department, outcome, tag or project. The forms
 * and buttons use the REST API.
 */
@LicensedOnly
public class FollowingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageRenderer pages;
    private final transient FollowingService following;
    private final transient AdministrationService administration;
    private final transient OutcomeService outcomes;
    private final transient UserDirectory users;
    private final transient Clock clock;

    @Inject
    public FollowingServlet(
            PageRenderer pages,
            FollowingService following,
            AdministrationService administration,
            OutcomeService outcomes,
            UserDirectory users,
            Clock clock) {
        this.pages = pages;
        this.following = following;
        this.administration = administration;
        this.outcomes = outcomes;
        this.users = users;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (pages.requireUser(request, response).isEmpty()) {
            return;
        }
        pages.render(response, "templates/following.vm", view());
    }

    FollowingPageView view() {
        FollowingService.Following all = following.following();
        Locale locale = users.locale();
        ZoneId zone = clock.zone();
        DateTimeFormatter days =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<FollowedView> rows =
                all.follows().stream()
                        .map(
                                f ->
                                        new FollowedView(
                                                f.follow().target().kind().code(),
                                                f.follow().target().value(),
                                                f.name(),
                                                f.follow().byDefault(),
                                                f.follow().byDefault()
                                                        ? ""
                                                        : days.format(
                                                                f.follow().since().atZone(zone))))
                        .toList();
        DigestPreferences preferences = all.preferences();
        List<OptionView> frequencies = new ArrayList<>();
        for (DigestFrequency frequency : DigestFrequency.values()) {
            frequencies.add(
                    OptionView.keyed(
                            frequency.code(),
                            "experimentlog.following.frequency." + frequency.code(),
                            frequency == preferences.frequency()));
        }
        String language = preferences.language().orElse("");
        List<OptionView> languages =
                List.of(
                        OptionView.keyed(
                                "", "experimentlog.following.language.profile", language.isEmpty()),
                        OptionView.keyed(
                                "en", "experimentlog.following.language.en", language.equals("en")),
                        OptionView.keyed(
                                "nl",
                                "experimentlog.following.language.nl",
                                language.equals("nl")));
        List<OptionView> departments =
                administration.departments().stream()
                        .map(
                                d ->
                                        OptionView.named(
                                                Long.toString(d.requireId().value()),
                                                d.name(),
                                                false))
                        .toList();
        List<OptionView> outcomeOptions =
                outcomes.list().stream()
                        .map(
                                o ->
                                        OptionView.named(
                                                Long.toString(o.requireId().value()),
                                                o.title(),
                                                false))
                        .toList();
        return new FollowingPageView(rows, frequencies, languages, departments, outcomeOptions);
    }
}
