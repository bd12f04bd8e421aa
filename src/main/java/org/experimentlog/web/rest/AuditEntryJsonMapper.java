package org.experimentlog.web.rest;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import java.util.Locale;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.web.format.AuditSummaries;
import org.springframework.stereotype.Component;

/** Maps audited changes to JSON, each summary in the caller's language. */
@Component
public class AuditEntryJsonMapper {
    private final AuditSummaries summaries;
    private final UserDirectory users;

    @Inject
    public AuditEntryJsonMapper(I18nResolver i18n, UserDirectory users) {
        this.summaries = new AuditSummaries(i18n);
        this.users = users;
    }

    /** The change for the current caller. */
    AuditEntryJson toJson(AuditEntry entry) {
        Locale locale = users.locale() == null ? Locale.ENGLISH : users.locale();
        return new AuditEntryJson(
                entry.actor().key(),
                entry.at().toString(),
                entry.type().code(),
                entry.entityId(),
                entry.action().code(),
                summaries.of(entry, locale),
                entry.keyed().map(text -> text.key().key()).orElse(null),
                users.displayName(entry.actor()).orElse(entry.actor().key()));
    }
}
