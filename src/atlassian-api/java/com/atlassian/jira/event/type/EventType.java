package com.atlassian.jira.event.type;

/**
 * Declaration only, and partial: the ids of Jira's built-in issue event types, as {@code
 * java.lang.Long} (compare with {@code equals}). The real class is also an event type object with
 * methods, which are not declared.
 *
 * <p>Names from ../shared/reference/atlassian-api-reference.md §6 (several seen in plugin code
 * compiled against Jira 10); javadoc:
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/event/type/EventType.html.
 * The numeric values are Jira's long-standing defaults and UNVERIFIED; {@code Long} constants are
 * not compile-time constants, so the plugin's bytecode reads the real values from Jira, never
 * these.
 */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_ASSIGNED_ID = 3L;
    public static final Long ISSUE_RESOLVED_ID = 4L;
    public static final Long ISSUE_CLOSED_ID = 5L;
    public static final Long ISSUE_COMMENTED_ID = 6L;
    public static final Long ISSUE_REOPENED_ID = 7L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
    public static final Long ISSUE_WORKLOGGED_ID = 10L;
    public static final Long ISSUE_WORKSTARTED_ID = 11L;
    public static final Long ISSUE_WORKSTOPPED_ID = 12L;
    public static final Long ISSUE_GENERICEVENT_ID = 13L;
    public static final Long ISSUE_COMMENT_EDITED_ID = 14L;
    public static final Long ISSUE_WORKLOG_UPDATED_ID = 15L;
    public static final Long ISSUE_WORKLOG_DELETED_ID = 16L;
    public static final Long ISSUE_COMMENT_DELETED_ID = 17L;

    private EventType() {}
}
