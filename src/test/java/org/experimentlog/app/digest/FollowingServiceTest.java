package org.experimentlog.app.digest;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.experimentlog.app.port.AccessPolicy;
import org.experimentlog.app.port.AuditLog;
import org.experimentlog.app.port.DepartmentRepository;
import org.experimentlog.app.port.DigestStore;
import org.experimentlog.app.port.FollowRepository;
import org.experimentlog.app.port.FollowRepository.FollowRow;
import org.experimentlog.app.port.OutcomeRepository;
import org.experimentlog.app.port.Recipients;
import org.experimentlog.app.port.UserDirectory;
import org.experimentlog.domain.audit.AuditAction;
import org.experimentlog.domain.audit.AuditEntry;
import org.experimentlog.domain.audit.AuditKey;
import org.experimentlog.domain.audit.AuditText;
import org.experimentlog.domain.audit.AuditedType;
import org.experimentlog.domain.follow.DigestFrequency;
import org.experimentlog.domain.follow.FollowKind;
import org.experimentlog.domain.follow.FollowTarget;
import org.experimentlog.testing.FixedClock;
import org.experimentlog.testing.RecordingTransactions;
import org.experimentlog.testing.Users;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

/** What following audits: a sentence key with the followed kind as a word, never English text. */
public class FollowingServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final FollowTarget TAG = FollowTarget.tag("reminders");

    @Rule public final MockitoRule mockito = MockitoJUnit.rule();

    @Mock private FollowRepository follows;
    @Mock private DigestStore store;
    @Mock private DepartmentRepository departments;
    @Mock private OutcomeRepository outcomes;
    @Mock private Recipients recipients;
    @Mock private AccessPolicy access;
    @Mock private UserDirectory users;
    @Mock private AuditLog audit;

    private FollowingService target;

    @Before
    public void setUp() {
        when(users.currentUser()).thenReturn(Optional.of(Users.MARIA));
        target =
                new FollowingService(
                        follows,
                        store,
                        departments,
                        outcomes,
                        recipients,
                        access,
                        users,
                        audit,
                        FixedClock.at(NOW),
                        new RecordingTransactions());
    }

    private AuditEntry audited() {
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(entry.capture());
        return entry.getValue();
    }

    @Test
    public void follow_shouldAuditTheKindAsAWordAndTheTagAsData() {
        when(follows.rowsOf(Users.MARIA)).thenReturn(List.of());
        when(follows.follow(Users.MARIA, TAG, NOW))
                .thenReturn(new FollowRow(31, Users.MARIA, TAG, NOW, false));

        target.follow(TAG);

        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.FOLLOW,
                        31,
                        AuditAction.CREATED,
                        "Follows tag reminders",
                        AuditText.of(
                                AuditKey.FOLLOWED, AuditText.word(FollowKind.TAG), "reminders")),
                audited());
    }

    @Test
    public void unfollow_shouldAuditTheKindAsAWordAndTheTagAsData() {
        when(follows.unfollow(Users.MARIA, TAG)).thenReturn(Optional.of(31L));
        when(store.defaultDepartments()).thenReturn(Set.of());

        target.unfollow(TAG);

        assertEquals(
                Optional.of(
                        AuditText.of(
                                AuditKey.UNFOLLOWED, AuditText.word(FollowKind.TAG), "reminders")),
                audited().keyed());
    }

    @Test
    public void savePreferences_shouldAuditTheFrequencyAsAWordAndTheLanguageAsData() {
        when(store.savePreferences(any(), any())).thenReturn(12L);

        target.savePreferences(DigestFrequency.WEEKLY, Optional.of("nl"));

        assertEquals(
                new AuditEntry(
                        Users.MARIA,
                        NOW,
                        AuditedType.DIGEST_PREFERENCES,
                        12,
                        AuditAction.UPDATED,
                        "Digest weekly, language nl",
                        AuditText.of(
                                AuditKey.DIGEST_PREFERENCES_SAVED,
                                AuditText.word(DigestFrequency.WEEKLY),
                                "nl")),
                audited());
    }

    @Test
    public void savePreferences_shouldAuditAnotherSentence_whenTheProfileDecidesTheLanguage() {
        when(store.savePreferences(any(), any())).thenReturn(12L);

        target.savePreferences(DigestFrequency.DAILY, Optional.empty());

        assertEquals(
                Optional.of(
                        AuditText.of(
                                AuditKey.DIGEST_PREFERENCES_SAVED_PROFILE_LANGUAGE,
                                AuditText.word(DigestFrequency.DAILY))),
                audited().keyed());
    }
}
