package org.experimentlog.web.ui.register;

import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.experimentlog.app.RegisterService;
import org.experimentlog.domain.register.PublicRecord;
import org.experimentlog.domain.register.PublishingSettings;

/**
 * The register's Atom 1.0 feed (RFC 4287): one entry per publication and one per withdrawal, newest
 * first. Written with an XML writer, so every text is escaped as XML requires.
 */
final class RegisterFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private RegisterFeed() {}

    static void write(
            Writer out,
            List<RegisterService.FeedEvent> events,
            PublishingSettings terms,
            String base,
            Locale locale,
            RegisterPageBuilder texts)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        String register = base + "/plugins/servlet/experiment-log/register";
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", locale.getLanguage());
        element(xml, "id", register + "/feed");
        element(
                xml,
                "title",
                terms.logo().orElse(texts.text(locale, "experimentlog.register.logo")));
        element(xml, "subtitle", texts.text(locale, "experimentlog.register.intro"));
        element(xml, "updated", (events.isEmpty() ? Instant.EPOCH : events.get(0).at()).toString());
        link(xml, "self", register + "/feed", "application/atom+xml");
        link(xml, "alternate", register, "text/html");
        link(xml, "license", terms.licence().url(), null);
        xml.writeStartElement("author");
        element(
                xml,
                "name",
                terms.organisationName().orElse(texts.text(locale, "experimentlog.register.logo")));
        xml.writeEndElement();
        element(xml, "rights", terms.licence().title());
        element(xml, "generator", "Experiment Log");
        for (RegisterService.FeedEvent event : events) {
            long number = event.publication().experimentId().value();
            int version = event.publication().version();
            PublicRecord record = event.publication().record();
            String page =
                    register + "/" + number + (event.withdrawal() ? "" : "?version=" + version);
            xml.writeStartElement("entry");
            element(
                    xml,
                    "id",
                    register
                            + "/"
                            + number
                            + "/"
                            + version
                            + (event.withdrawal() ? "/withdrawn" : ""));
            element(
                    xml,
                    "title",
                    texts.text(
                            locale,
                            event.withdrawal()
                                    ? "experimentlog.register.feed.withdrawn"
                                    : version == 1
                                            ? "experimentlog.register.feed.published"
                                            : "experimentlog.register.feed.updated",
                            record.title(),
                            version));
            element(xml, "updated", event.at().toString());
            element(xml, "published", event.at().toString());
            link(xml, "alternate", page, "text/html");
            String summary;
            if (event.withdrawal()) {
                summary = event.publication().withdrawal().reason();
            } else {
                String verdict =
                        record.verdict() != null
                                ? texts.text(locale, "experimentlog.verdict." + record.verdict())
                                : texts.text(locale, "experimentlog.stage." + record.stage());
                summary =
                        verdict
                                + (record.hypothesis() != null
                                                && record.hypothesis().change() != null
                                        ? ". "
                                                + texts.text(
                                                        locale,
                                                        "experimentlog.register.part.change")
                                                + ": "
                                                + record.hypothesis().change()
                                        : "");
            }
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(summary);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void element(XMLStreamWriter xml, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
    }
}
