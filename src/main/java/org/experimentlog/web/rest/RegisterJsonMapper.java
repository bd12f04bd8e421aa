package org.experimentlog.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.domain.register.Publication;
import org.experimentlog.domain.register.PublishingSettings;
import org.experimentlog.web.format.RegisterReading;
import org.springframework.stereotype.Component;

/** Maps publications to the register's open data: JSON entries and CSV rows. */
@Component
public class RegisterJsonMapper {
    static final List<String> CSV_HEADER =
            List.of(
                    "id",
                    "version",
                    "url",
                    "title",
                    "stage",
                    "verdict",
                    "departments",
                    "started_on",
                    "closed_on",
                    "we_believe_that",
                    "for",
                    "will_result_in",
                    "because",
                    "we_will_know_when",
                    "method",
                    "plan_registered_on",
                    "plan_registered_late",
                    "deviations",
                    "iterations",
                    "results",
                    "learnings",
                    "published_at",
                    "withdrawn_at",
                    "withdrawal_reason",
                    "licence",
                    // added in schema version 1 after its first release: new columns go last
                    "planned_end",
                    "planned_sample_size",
                    "deviation_details");

    private final I18nResolver i18n;

    @Inject
    public RegisterJsonMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    static RegisterJson.LicenceJson licence(PublishingSettings terms) {
        return new RegisterJson.LicenceJson(
                terms.licence().spdx(), terms.licence().title(), terms.licence().url());
    }

    /** The register page of one experiment, on the site with this base URL. */
    static String entryUrl(String base, long id) {
        return base + "/plugins/servlet/experiment-log/register/" + id;
    }

    /** The newest version of a publication, with the list of all its versions. */
    RegisterJson.EntryJson entry(
            List<Publication> versions, PublishingSettings terms, String base) {
        Publication latest = versions.get(versions.size() - 1);
        long id = latest.experimentId().value();
        String url = entryUrl(base, id);
        List<RegisterJson.VersionJson> list =
                versions.stream()
                        .map(
                                p ->
                                        new RegisterJson.VersionJson(
                                                p.version(),
                                                p.publishedAt().toString(),
                                                p.withdrawn()
                                                        .map(w -> w.at().toString())
                                                        .orElse(null),
                                                url + "?version=" + p.version()))
                        .toList();
        return entry(latest, list, terms, base);
    }

    /**
     * One publication as an entry; {@code versions} lists the versions when known, else only this
     * one.
     */
    RegisterJson.EntryJson entry(
            Publication p,
            List<RegisterJson.VersionJson> versions,
            PublishingSettings terms,
            String base) {
        long id = p.experimentId().value();
        PublicRecord record = p.record();
        boolean withdrawn = p.isWithdrawn();
        List<RegisterJson.FindingJson> findings = new ArrayList<>();
        if (!withdrawn) {
            for (PublicRecord.Round round : record.iterations()) {
                int position = 0;
                for (PublicRecord.Measure m : round.results()) {
                    RegisterReading.Reading reading =
                            RegisterReading.read(m, record.confidenceLevel(), Locale.ENGLISH, i18n);
                    findings.add(
                            new RegisterJson.FindingJson(
                                    round.number(),
                                    ++position,
                                    reading.figures(),
                                    reading.weakerEvidence(),
                                    reading.sentence()));
                }
            }
        }
        return new RegisterJson.EntryJson(
                PublicRecord.SCHEMA_VERSION,
                licence(terms),
                terms.organisationName().orElse(null),
                id,
                p.version(),
                entryUrl(base, id),
                record.title(),
                p.publishedAt().toString(),
                p.withdrawn()
                        .map(w -> new RegisterJson.WithdrawalJson(w.at().toString(), w.reason()))
                        .orElse(null),
                versions,
                withdrawn ? null : record,
                findings);
    }

    /** One CSV row per publication; a withdrawn one keeps only its title and withdrawal. */
    static void csv(
            Writer out, List<Publication> publications, PublishingSettings terms, String base) {
        line(out, CSV_HEADER);
        for (Publication p : publications) {
            PublicRecord r = p.record();
            boolean withdrawn = p.isWithdrawn();
            PublicRecord.Hypothesis h =
                    withdrawn || r.hypothesis() == null
                            ? new PublicRecord.Hypothesis(null, null, null, null, null)
                            : r.hypothesis();
            line(
                    out,
                    List.of(
                            Long.toString(p.experimentId().value()),
                            Integer.toString(p.version()),
                            entryUrl(base, p.experimentId().value()),
                            r.title(),
                            withdrawn ? "" : r.stage(),
                            withdrawn ? "" : text(r.verdict()),
                            withdrawn
                                    ? ""
                                    : String.join(
                                            "; ",
                                            r.departments().stream()
                                                    .map(PublicRecord.Ref::name)
                                                    .toList()),
                            withdrawn ? "" : text(r.startedOn()),
                            withdrawn ? "" : text(r.closedOn()),
                            text(h.change()),
                            text(h.audience()),
                            text(h.expectedResult()),
                            text(h.reason()),
                            text(h.signal()),
                            withdrawn ? "" : text(r.method()),
                            withdrawn || r.plan() == null ? "" : r.plan().registeredOn(),
                            withdrawn || r.plan() == null ? "" : Boolean.toString(r.plan().late()),
                            withdrawn ? "" : Integer.toString(r.deviations().size()),
                            withdrawn ? "" : Integer.toString(r.iterations().size()),
                            withdrawn
                                    ? ""
                                    : Integer.toString(
                                            r.iterations().stream()
                                                    .mapToInt(i -> i.results().size())
                                                    .sum()),
                            withdrawn ? "" : String.join(" | ", learnings(r)),
                            p.publishedAt().toString(),
                            p.withdrawn().map(w -> w.at().toString()).orElse(""),
                            p.withdrawn().map(w -> w.reason()).orElse(""),
                            terms.licence().spdx(),
                            withdrawn || r.plan() == null ? "" : text(r.plan().plannedEnd()),
                            withdrawn || r.plan() == null || r.plan().plannedSampleSize() == null
                                    ? ""
                                    : Long.toString(r.plan().plannedSampleSize()),
                            withdrawn ? "" : String.join(" | ", deviations(r))));
        }
    }

    /**
     * Each deviation as one line: the plan version it led to, the part, the day, the texts before
     * and after, and the reason ({@code v2 method 2026-03-01: "ab-test" -> "pilot"; reason: …}).
     */
    private static List<String> deviations(PublicRecord r) {
        return r.deviations().stream()
                .map(
                        d ->
                                "v"
                                        + d.planVersion()
                                        + " "
                                        + d.part()
                                        + " "
                                        + d.on()
                                        + ": "
                                        + quoted(d.before())
                                        + " -> "
                                        + quoted(d.after())
                                        + "; reason: "
                                        + d.reason())
                .toList();
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "\"" + value + "\"";
    }

    private static List<String> learnings(PublicRecord r) {
        List<String> all = new ArrayList<>();
        r.iterations().forEach(i -> i.learnings().forEach(l -> all.add(l.statement())));
        r.learnings().forEach(l -> all.add(l.statement()));
        return all;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void line(Writer out, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(ReportCsv.cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
