package org.experimentlog.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.experimentlog.app.port.FollowRepository;
import org.experimentlog.domain.Coded;
import org.experimentlog.domain.UserRef;
import org.experimentlog.domain.follow.FollowKind;
import org.experimentlog.domain.follow.FollowTarget;
import org.springframework.stereotype.Component;

/**
 * {@link FollowRepository} on Active Objects: one row per person and thing, unique by {@code
 * FOLLOW_KEY}.
 */
@Component
public final class AoFollowRepository implements FollowRepository {
    private final ActiveObjects ao;

    @Inject
    public AoFollowRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<FollowRow> rowsOf(UserRef user) {
        return List.of(
                        ao.find(
                                AoFollow.class,
                                Query.select()
                                        .where(AoFollow.USER_KEY + " = ?", user.key())
                                        .order(AoFollow.CREATED_AT + ", ID")))
                .stream()
                .map(AoFollowRepository::toRow)
                .toList();
    }

    @Override
    public Map<UserRef, List<FollowRow>> rowsOf(Collection<UserRef> users) {
        Map<UserRef, List<FollowRow>> result = new LinkedHashMap<>();
        if (users.isEmpty()) {
            return result;
        }
        List<String> keys = users.stream().map(UserRef::key).distinct().toList();
        for (AoFollow row :
                ao.find(
                        AoFollow.class,
                        Query.select()
                                .where(InClause.of(AoFollow.USER_KEY, keys.size()), keys.toArray())
                                .order(AoFollow.CREATED_AT + ", ID"))) {
            FollowRow follow = toRow(row);
            result.computeIfAbsent(follow.user(), u -> new ArrayList<>()).add(follow);
        }
        return result;
    }

    @Override
    public FollowRow follow(UserRef user, FollowTarget target, Instant at) {
        Optional<AoFollow> existing = find(user, target);
        if (existing.isPresent()) {
            AoFollow row = existing.get();
            if (row.isOptedOut()) {
                row.setOptedOut(false);
                row.setCreatedAt(Days.toDate(at));
                row.save();
            }
            return toRow(row);
        }
        return toRow(create(user, target, at, false));
    }

    @Override
    public Optional<Long> unfollow(UserRef user, FollowTarget target) {
        Optional<AoFollow> existing = find(user, target).filter(row -> !row.isOptedOut());
        existing.ifPresent(row -> ao.delete(row));
        return existing.map(row -> (long) row.getID());
    }

    @Override
    public FollowRow optOut(UserRef user, FollowTarget target, Instant at) {
        Optional<AoFollow> existing = find(user, target);
        if (existing.isPresent()) {
            AoFollow row = existing.get();
            row.setOptedOut(true);
            row.save();
            return toRow(row);
        }
        return toRow(create(user, target, at, true));
    }

    @Override
    public List<UserRef> usersAfter(String afterUserKey, int limit) {
        List<UserRef> users = new ArrayList<>();
        ao.stream(
                AoFollow.class,
                Query.select(AoFollow.USER_KEY)
                        .distinct()
                        .where(AoFollow.USER_KEY + " > ?", afterUserKey)
                        .order(AoFollow.USER_KEY)
                        .limit(limit),
                row -> users.add(new UserRef(row.getUserKey())));
        return users;
    }

    @Override
    public List<FollowerCount> counts() {
        Map<FollowTarget, Integer> counts = new HashMap<>();
        ao.stream(
                AoFollow.class,
                Query.select(AoFollow.KIND + ", " + AoFollow.TARGET)
                        .where(AoFollow.OPTED_OUT + " = ?", Boolean.FALSE),
                row ->
                        counts.merge(
                                new FollowTarget(
                                        Coded.fromCode(FollowKind.class, row.getKind(), "kind"),
                                        row.getTarget()),
                                1,
                                Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new FollowerCount(e.getKey(), e.getValue()))
                .toList();
    }

    private Optional<AoFollow> find(UserRef user, FollowTarget target) {
        AoFollow[] rows =
                ao.find(
                        AoFollow.class,
                        Query.select().where(AoFollow.FOLLOW_KEY + " = ?", key(user, target)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private AoFollow create(UserRef user, FollowTarget target, Instant at, boolean optedOut) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(AoFollow.USER_KEY, user.key());
        columns.put(AoFollow.KIND, target.kind().code());
        columns.put(AoFollow.TARGET, target.value());
        columns.put(AoFollow.FOLLOW_KEY, key(user, target));
        columns.put(AoFollow.OPTED_OUT, optedOut);
        columns.put(AoFollow.CREATED_AT, Days.toDate(at));
        return ao.create(AoFollow.class, columns);
    }

    private static String key(UserRef user, FollowTarget target) {
        return DigestKeys.of(user.key(), target.kind().code() + "|" + target.value());
    }

    private static FollowRow toRow(AoFollow row) {
        return new FollowRow(
                row.getID(),
                new UserRef(row.getUserKey()),
                new FollowTarget(
                        Coded.fromCode(FollowKind.class, row.getKind(), "kind"), row.getTarget()),
                Days.toInstant(row.getCreatedAt()),
                row.isOptedOut());
    }
}
