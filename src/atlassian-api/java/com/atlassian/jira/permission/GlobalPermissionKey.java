package com.atlassian.jira.permission;

/**
 * Declaration only: the key of a global permission.
 *
 * <p>Constants and methods from
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/GlobalPermissionKey.html
 * (../shared/reference/atlassian-api-reference.md §6). The private constructor and the field are
 * this declaration's own, so that each constant is a distinct object in tests; the plugin only uses
 * the constants.
 */
public final class GlobalPermissionKey {
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
    public static final GlobalPermissionKey USER_PICKER = new GlobalPermissionKey("USER_PICKER");
    public static final GlobalPermissionKey CREATE_SHARED_OBJECTS =
            new GlobalPermissionKey("CREATE_SHARED_OBJECTS");
    public static final GlobalPermissionKey MANAGE_GROUP_FILTER_SUBSCRIPTIONS =
            new GlobalPermissionKey("MANAGE_GROUP_FILTER_SUBSCRIPTIONS");
    public static final GlobalPermissionKey BULK_CHANGE = new GlobalPermissionKey("BULK_CHANGE");
    @Deprecated public static final GlobalPermissionKey USE = new GlobalPermissionKey("USE");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalPermissionKey other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
