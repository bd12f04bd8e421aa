package org.experimentlog.web.ui.panel;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.experimentlog.app.RegisterService;
import org.experimentlog.app.Registration;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.experiment.Hypothesis;
import org.experimentlog.domain.register.Deviation;
import org.experimentlog.domain.register.PlanContent;
import org.experimentlog.domain.register.PlanPart;
import org.experimentlog.domain.register.Publication;
import org.experimentlog.domain.register.RegisteredPlan;
import org.experimentlog.web.format.Formats;
import org.experimentlog.web.ui.register.RegisterChangeView;
import org.experimentlog.web.ui.register.RegisterPairView;
import org.springframework.stereotype.Component;

/**
 * Builds the plan section of the issue panel for an issue, in the reader's language, from one
 * use-case call.
 */
@Component
public class RegisterPanelBuilder {
    private final RegisterService register;
    private final UserDirectory users;
    private final I18nResolver i18n;

    @Inject
    public RegisterPanelBuilder(RegisterService register, UserDirectory users, I18nResolver i18n) {
        this.register = register;
        this.users = users;
        this.i18n = i18n;
    }

    /**
     * The section for the issue.
     *
     * @throws org.experimentlog.domain.NotFoundException when the caller may not see the issue or
     *     it has no experiment
     */
    public RegisterPanelView build(String issueKey, String contextPath) {
        Registration r = register.registration(issueKey);
        Locale locale = users.locale();
        Formats formats = new Formats(locale);
        List<RegisterPairView> plan = new ArrayList<>();
        String registeredOn = "";
        String registeredBy = "";
        if (r.plan().isPresent()) {
            RegisteredPlan p = r.plan().get();
            registeredOn = formats.day(LocalDate.ofInstant(p.registeredAt(), ZoneOffset.UTC));
            registeredBy = r.authors().getOrDefault(p.registeredBy().key(), p.registeredBy().key());
            Hypothesis h = p.content().hypothesis();
            plan.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.part.change"), h.change()));
            plan.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.part.audience"), h.audience()));
            plan.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.part.expected-result"),
                            h.expectedResult()));
            plan.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.part.reason"), h.reason()));
            plan.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.part.signal"), h.signal()));
            plan.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.part.method"),
                            p.content().method() == null
                                    ? ""
                                    : text(
                                            locale,
                                            "experimentlog.method."
                                                    + p.content().method().code())));
            plan.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.part.method-details"),
                            p.content().methodDetails()));
            plan.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.part.outcomes"),
                            RegisterService.outcomesText(
                                    PlanContent.outcomesText(p.content().outcomes()),
                                    r.outcomes())));
            plan.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.planned-end"),
                            p.plannedEndDate().map(formats::day).orElse("")));
            plan.add(
                    RegisterPairView.of(
                            text(locale, "experimentlog.register.sample-size"),
                            p.content().sampleSize() == null
                                    ? ""
                                    : NumberFormat.getIntegerInstance(locale)
                                            .format(p.content().sampleSize())));
        }
        List<RegisterChangeView> deviations = new ArrayList<>();
        for (Deviation d : r.deviations()) {
            deviations.add(
                    new RegisterChangeView(
                            d.planVersion(),
                            text(locale, "experimentlog.register.part." + d.part().code()),
                            value(d, d.before(), r, locale, formats),
                            value(d, d.after(), r, locale, formats),
                            d.reason(),
                            formats.day(LocalDate.ofInstant(d.at(), ZoneOffset.UTC)),
                            r.authors().getOrDefault(d.by().key(), d.by().key())));
        }
        String publication = "";
        String publicHref = "";
        if (!r.publications().isEmpty()) {
            Publication latest = r.publications().get(r.publications().size() - 1);
            String on =
                    formats.day(
                            LocalDate.ofInstant(
                                    latest.isWithdrawn()
                                            ? latest.withdrawal().at()
                                            : latest.publishedAt(),
                                    ZoneOffset.UTC));
            publication =
                    latest.isWithdrawn()
                            ? text(
                                    locale,
                                    "experimentlog.register.preview.withdrawn",
                                    latest.version(),
                                    on)
                            : text(
                                    locale,
                                    "experimentlog.register.preview.published",
                                    latest.version(),
                                    on);
            publicHref =
                    contextPath
                            + "/plugins/servlet/experiment-log/register/"
                            + latest.experimentId().value();
        }
        boolean closed = r.experiment().stage().isFinal();
        return new RegisterPanelView(
                r.plan().isPresent(),
                r.plan().map(RegisteredPlan::late).orElse(false),
                registeredOn,
                registeredBy,
                r.planVersion(),
                plan,
                deviations,
                r.canEdit() && !closed,
                r.canEdit() && closed,
                contextPath
                        + "/plugins/servlet/experiment-log/publish/"
                        + r.experiment().issue().key(),
                publication,
                publicHref);
    }

    private String value(
            Deviation d, String stored, Registration r, Locale locale, Formats formats) {
        if (stored == null) {
            return text(locale, "experimentlog.register.empty");
        }
        if (d.part() == PlanPart.METHOD) {
            return text(locale, "experimentlog.method." + stored);
        }
        if (d.part() == PlanPart.PLANNED_END) {
            return formats.day(LocalDate.parse(stored));
        }
        if (d.part() == PlanPart.SAMPLE_SIZE) {
            return NumberFormat.getIntegerInstance(locale).format(Long.parseLong(stored));
        }
        return d.part() == PlanPart.OUTCOMES
                ? RegisterService.outcomesText(stored, r.outcomes())
                : stored;
    }

    private String text(Locale locale, String key, Object... args) {
        Serializable[] values = new Serializable[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof Serializable s ? s : String.valueOf(args[i]);
        }
        return args.length == 0 ? i18n.getText(locale, key) : i18n.getText(locale, key, values);
    }
}
