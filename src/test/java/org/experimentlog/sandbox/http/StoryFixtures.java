package org.experimentlog.sandbox.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.experimentlog.app.AdministrationService;
import org.experimentlog.app.command.SaveDepartment;
import org.experimentlog.domain.settings.AppSettings;
import org.experimentlog.sandbox.CurrentUser;

/**
 * Data for the failure story HTTP tests. The sandbox database is shared by every test class in the
 * JVM, so each test makes its own departments and narrows the feed to them. Departments are made
 * through the component, as the department endpoints do not exist yet.
 */
final class StoryFixtures {
    static final String API = "/rest/experiment-log/1.0/failures";

    private StoryFixtures() {}

    /** A new department, unique to the calling test, whose members are the Jira group's members. */
    static long newDepartment(String groupName) {
        AdministrationService admin = RunningSandbox.get().component(AdministrationService.class);
        String name = "Test " + UUID.randomUUID().toString().substring(0, 8);
        return CurrentUser.as(
                        "admin",
                        () -> admin.saveDepartment(new SaveDepartment(null, 0, name, groupName)))
                .requireId()
                .value();
    }

    /** Makes sure administrators have not turned anonymous stories off. */
    static void allowAnonymousStories() {
        AdministrationService admin = RunningSandbox.get().component(AdministrationService.class);
        CurrentUser.as(
                "admin",
                () -> {
                    AppSettings settings = admin.settings();
                    if (!settings.anonymousStoriesAllowed()) {
                        admin.saveSettings(
                                new AppSettings(
                                        true,
                                        settings.storiesVisibleToEveryone(),
                                        settings.outcomeManagerGroup(),
                                        settings.confidenceLevel(),
                                        settings.hypothesisPrompts(),
                                        settings.version()));
                    }
                    return null;
                });
    }

    /** A complete, valid story shared with these departments; tests change one thing in it. */
    static Map<String, Object> storyFor(long... departments) {
        List<Long> ids = new ArrayList<>();
        for (long id : departments) {
            ids.add(id);
        }
        Map<String, Object> audience = new LinkedHashMap<>();
        audience.put("everyone", false);
        audience.put("departments", ids);
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("title", "Renewal reminders went to old addresses");
        story.put("whatWeTried", "We sent renewal reminders by post from the permit register.");
        story.put("whatHappened", "A third of the letters came back.");
        story.put("whatWeLearned", "The permit register is not a reliable source of addresses.");
        story.put(
                "whatWeWillDoDifferently",
                "Check addresses against the population register first.");
        story.put("factors", List.of("data-quality", "untested-assumption"));
        story.put("impact", "medium");
        story.put("audience", audience);
        story.put("anonymous", false);
        return story;
    }

    /** A complete, valid story shared with everyone. */
    static Map<String, Object> storyForEveryone() {
        Map<String, Object> story = storyFor();
        story.put("audience", Map.of("everyone", true, "departments", List.of()));
        return story;
    }

    /** Shares the story and returns its id, failing the test when it was refused. */
    static long share(SandboxClient client, Map<String, Object> story) {
        SandboxClient.Reply reply = client.post(API, story);
        if (reply.status() != 201) {
            throw new AssertionError("Could not share the story: " + reply);
        }
        return reply.json().get("id").asLong();
    }

    /** The feed of one department as this user sees it. */
    static SandboxClient.Reply feedOf(SandboxClient client, long department) {
        return client.get(API + "?department=" + department);
    }
}
