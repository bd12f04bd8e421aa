package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;
import org.experimentlog.app.port.DigestStore;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.follow.DigestFrequency;
import org.experimentlog.domain.follow.DigestPreferences;
import org.springframework.stereotype.Component;

/** {@link DigestStore} on Active Objects. */
@Component
public final class AoDigestStore implements DigestStore {
    /** The setting that holds the key signing unsubscribe links (random, made on first use). */
    static final String SIGNING_KEY = "digests.signing-key";

    /** The states of a digest record ({@link AoDigestMail#getState()}). */
    static final String PREPARED = "prepared";

    static final String QUEUED = "queued";
    static final String IN_DOUBT = "in-doubt";

    private final ActiveObjects ao;

    @Inject
    public AoDigestStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<RecipientState> state(UserRef user) {
        return Optional.ofNullable(states(List.of(user)).get(user));
    }

    @Override
    public Map<UserRef, RecipientState> states(Collection<UserRef> users) {
        Map<UserRef, RecipientState> result = new HashMap<>();
        if (users.isEmpty()) {
            return result;
        }
        List<String> keys = users.stream().map(UserRef::key).distinct().toList();
        for (AoDigestRecipient row :
                ao.find(
                        AoDigestRecipient.class,
                        Query.select()
                                .where(
                                        InClause.of(AoDigestRecipient.USER_KEY, keys.size()),
                                        keys.toArray()))) {
            UserRef user = new UserRef(row.getUserKey());
            DigestPreferences preferences =
                    new DigestPreferences(
                            user,
                            Coded.fromCode(DigestFrequency.class, row.getFrequency(), "frequency"),
                            Optional.ofNullable(row.getLanguage()));
            result.put(
                    user,
                    new RecipientState(
                            preferences,
                            Optional.of(Days.toInstant(row.getReportedUntil())),
                            true));
        }
        return result;
    }

    @Override
    public long savePreferences(DigestPreferences preferences, Instant now) {
        Optional<AoDigestRecipient> row = row(preferences.user());
        if (row.isPresent()) {
            AoDigestRecipient r = row.get();
            r.setFrequency(preferences.frequency().code());
            r.setLanguage(preferences.language().orElse(null));
            r.save();
            return r.getID();
        }
        return create(preferences, now).getID();
    }

    @Override
    public void start(Collection<UserRef> users, Instant now) {
        Map<UserRef, RecipientState> known = states(users);
        for (UserRef user :
                new TreeSet<>(users.stream().map(UserRef::key).toList())
                        .stream().map(UserRef::new).toList()) {
            if (!known.containsKey(user)) {
                create(DigestPreferences.defaults(user), now);
            }
        }
    }

    @Override
    public Map<UserRef, Set<String>> sentSince(Collection<UserRef> users, Instant since) {
        Map<UserRef, Set<String>> result = new HashMap<>();
        if (users.isEmpty()) {
            return result;
        }
        List<Object> params = new ArrayList<>(users.stream().map(UserRef::key).distinct().toList());
        String where =
                InClause.of(AoDigestItem.USER_KEY, params.size())
                        + " AND "
                        + AoDigestItem.EVENT_AT
                        + " >= ?";
        params.add(Days.toDate(since));
        ao.stream(
                AoDigestItem.class,
                Query.select(AoDigestItem.USER_KEY + ", " + AoDigestItem.ITEM_KEY)
                        .where(where, params.toArray()),
                row ->
                        result.computeIfAbsent(new UserRef(row.getUserKey()), u -> new HashSet<>())
                                .add(row.getItemKey()));
        return result;
    }

    @Override
    public long prepare(
            UserRef user, Instant from, Instant until, List<SentItem> items, String runTrigger) {
        Map<String, Object> mail = new HashMap<>();
        mail.put(AoDigestMail.USER_KEY, user.key());
        mail.put(AoDigestMail.STATE, PREPARED);
        mail.put(AoDigestMail.WINDOW_FROM, Days.toDate(from));
        mail.put(AoDigestMail.WINDOW_UNTIL, Days.toDate(until));
        mail.put(AoDigestMail.ITEM_COUNT, items.size());
        mail.put(AoDigestMail.RUN_TRIGGER, runTrigger);
        mail.put(AoDigestMail.PREPARED_AT, new Date());
        AoDigestMail row = ao.create(AoDigestMail.class, mail);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SentItem item : items) {
            Map<String, Object> columns = new HashMap<>();
            columns.put(AoDigestItem.USER_KEY, user.key());
            columns.put(AoDigestItem.ITEM_KEY, item.key());
            columns.put(AoDigestItem.SENT_KEY, DigestKeys.of(user.key(), item.key()));
            columns.put(AoDigestItem.MAIL_ID, row.getID());
            columns.put(AoDigestItem.EVENT_AT, Days.toDate(item.at()));
            rows.add(columns);
        }
        if (!rows.isEmpty()) {
            ao.create(AoDigestItem.class, rows);
        }
        return row.getID();
    }

    @Override
    public void queued(long digestId, Instant at) {
        AoDigestMail mail = ao.get(AoDigestMail.class, (int) digestId);
        mail.setState(QUEUED);
        mail.setQueuedAt(Days.toDate(at));
        mail.save();
        reportedUntil(new UserRef(mail.getUserKey()), Days.toInstant(mail.getWindowUntil()));
    }

    @Override
    public void reportedUntil(UserRef user, Instant until) {
        row(user)
                .ifPresent(
                        row -> {
                            if (row.getReportedUntil().toInstant().isBefore(until)) {
                                row.setReportedUntil(Days.toDate(until));
                                row.save();
                            }
                        });
    }

    @Override
    public int settleInDoubt() {
        AoDigestMail[] left =
                ao.find(
                        AoDigestMail.class,
                        Query.select().where(AoDigestMail.STATE + " = ?", PREPARED));
        for (AoDigestMail mail : left) {
            mail.setState(IN_DOUBT);
            mail.save();
            reportedUntil(new UserRef(mail.getUserKey()), Days.toInstant(mail.getWindowUntil()));
        }
        return left.length;
    }

    @Override
    public Set<Long> defaultDepartments() {
        Set<Long> ids = new TreeSet<>();
        for (AoDigestDefault row : ao.find(AoDigestDefault.class, Query.select())) {
            ids.add((long) row.getDepartmentId());
        }
        return ids;
    }

    @Override
    public void defaultDepartment(long departmentId, boolean followByDefault) {
        AoDigestDefault[] rows =
                ao.find(
                        AoDigestDefault.class,
                        Query.select()
                                .where(AoDigestDefault.DEPARTMENT_ID + " = ?", (int) departmentId));
        if (followByDefault && rows.length == 0) {
            ao.create(
                    AoDigestDefault.class,
                    Map.of(AoDigestDefault.DEPARTMENT_ID, (int) departmentId));
        } else if (!followByDefault && rows.length > 0) {
            ao.delete(rows);
        }
    }

    @Override
    public long startRun(Instant at, String trigger) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoDigestRun.STARTED_AT, Days.toDate(at));
        columns.put(AoDigestRun.RUN_TRIGGER, trigger);
        columns.put(AoDigestRun.RECIPIENTS, 0);
        columns.put(AoDigestRun.MAILS, 0);
        columns.put(AoDigestRun.IN_DOUBT, 0);
        return ao.create(AoDigestRun.class, columns).getID();
    }

    @Override
    public void finishRun(long runId, Instant at, int recipients, int mails, int inDoubt) {
        AoDigestRun run = ao.get(AoDigestRun.class, (int) runId);
        run.setFinishedAt(Days.toDate(at));
        run.setRecipients(recipients);
        run.setMails(mails);
        run.setInDoubt(inDoubt);
        run.save();
    }

    @Override
    public Optional<RunRecord> lastRun() {
        AoDigestRun[] rows =
                ao.find(
                        AoDigestRun.class,
                        Query.select().order(AoDigestRun.STARTED_AT + " DESC, ID DESC").limit(1));
        if (rows.length == 0) {
            return Optional.empty();
        }
        AoDigestRun r = rows[0];
        return Optional.of(
                new RunRecord(
                        r.getID(),
                        Days.toInstant(r.getStartedAt()),
                        Optional.ofNullable(Days.toInstant(r.getFinishedAt())),
                        r.getRunTrigger(),
                        r.getRecipients(),
                        r.getMails(),
                        r.getInDoubt()));
    }

    @Override
    public int inDoubtCount() {
        return ao.count(AoDigestMail.class, AoDigestMail.STATE + " = ?", IN_DOUBT);
    }

    @Override
    public byte[] signingKey() {
        Optional<String> stored = setting();
        if (stored.isPresent()) {
            return Base64.getDecoder().decode(stored.get());
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            ao.create(
                    AoSetting.class,
                    Map.of(
                            AoSetting.SETTING_KEY,
                            SIGNING_KEY,
                            AoSetting.SETTING_VALUE,
                            Base64.getEncoder().encodeToString(key)));
            return key;
        } catch (RuntimeException e) {
            // another node made it first (the key column is unique): use theirs
            return setting().map(Base64.getDecoder()::decode).orElseThrow(() -> e);
        }
    }

    private Optional<String> setting() {
        AoSetting[] rows =
                ao.find(
                        AoSetting.class,
                        Query.select().where(AoSetting.SETTING_KEY + " = ?", SIGNING_KEY));
        return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getSettingValue());
    }

    private Optional<AoDigestRecipient> row(UserRef user) {
        AoDigestRecipient[] rows =
                ao.find(
                        AoDigestRecipient.class,
                        Query.select().where(AoDigestRecipient.USER_KEY + " = ?", user.key()));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private AoDigestRecipient create(DigestPreferences preferences, Instant now) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoDigestRecipient.USER_KEY, preferences.user().key());
        columns.put(AoDigestRecipient.FREQUENCY, preferences.frequency().code());
        columns.put(AoDigestRecipient.LANGUAGE, preferences.language().orElse(null));
        columns.put(AoDigestRecipient.REPORTED_UNTIL, Days.toDate(now));
        return ao.create(AoDigestRecipient.class, columns);
    }
}
