package org.experimentlog.web.format;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Locale;
import org.experimentlog.domain.Phrase;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;

/**
 * Audit summaries in the reader's language, for the pages and the REST API alike: an entry with a
 * sentence key is the bundle's sentence filled in with its arguments (numbers and days formatted
 * for the reader, words of a closed vocabulary translated); an entry recorded before summaries had
 * keys is its stored English sentence. Where a bundle lacks a key, the English text is used, so a
 * summary always reads.
 */
public final class AuditSummaries {
    private static final String WORD_PREFIX = AuditKey.PREFIX + "word.";

    private final I18nResolver i18n;

    public AuditSummaries(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /**
     * The entry's summary for a reader of the locale; the stored English sentence when the entry
     * has no key, or when its arguments do not fit the sentence (written by another version), so a
     * page never fails on one entry.
     */
    public String of(AuditEntry entry, Locale locale) {
        try {
            return entry.keyed().map(text -> of(text, locale)).orElse(entry.summary());
        } catch (IllegalArgumentException e) {
            return entry.summary();
        }
    }

    /**
     * Whether the summary is in the reader's language, or an English sentence stored before
     * summaries had keys (which a page marks {@code lang="en"}).
     */
    public static boolean isStoredEnglish(AuditEntry entry) {
        return entry.keyed().isEmpty();
    }

    private String of(AuditText text, Locale locale) {
        Object[] filled = text.arguments(locale, phrase -> word(phrase, locale));
        Serializable[] arguments = new Serializable[filled.length];
        for (int i = 0; i < filled.length; i++) {
            arguments[i] = (Serializable) filled[i];
        }
        String key = text.key().key();
        String found = i18n.getText(locale, key, arguments);
        return found == null || found.isBlank() || found.equals(key) ? text.english() : found;
    }

    /** A word in the reader's language; only the words of audit summaries are looked up. */
    private String word(Phrase phrase, Locale locale) {
        if (!phrase.key().startsWith(WORD_PREFIX)) {
            return phrase.english();
        }
        String found = i18n.getText(locale, phrase.key());
        return found == null || found.isBlank() || found.equals(phrase.key())
                ? phrase.english()
                : found;
    }
}
