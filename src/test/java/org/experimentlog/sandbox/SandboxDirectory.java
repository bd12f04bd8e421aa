package org.experimentlog.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sandbox's users, groups and projects, read from {@code sandbox/directory.json}: what Jira's
 * user management and permission schemes provide in production.
 */
public final class SandboxDirectory {
    /**
     * A user: the name is also the user key; the password equals the name, except {@code
     * admin}/{@code admin}.
     */
    public record User(String name, String displayName, Set<String> groups) {}

    /** A project with the groups that may browse and edit its issues. */
    public record Project(
            String key, String name, Set<String> browseGroups, Set<String> editGroups) {}

    private record File(
            Set<String> administratorGroups, List<User> users, List<Project> projects) {}

    private final Set<String> administratorGroups;
    private final Map<String, User> users;
    private final Map<String, Project> projects;

    private SandboxDirectory(File file) {
        this.administratorGroups = Set.copyOf(file.administratorGroups());
        this.users =
                file.users().stream()
                        .collect(
                                Collectors.toMap(
                                        User::name,
                                        Function.identity(),
                                        (a, b) -> a,
                                        LinkedHashMap::new));
        this.projects =
                file.projects().stream()
                        .collect(
                                Collectors.toMap(
                                        Project::key,
                                        Function.identity(),
                                        (a, b) -> a,
                                        LinkedHashMap::new));
    }

    public static SandboxDirectory load() {
        try (InputStream in =
                SandboxDirectory.class.getResourceAsStream("/sandbox/directory.json")) {
            if (in == null) {
                throw new IllegalStateException(
                        "sandbox/directory.json is missing from the test resources");
            }
            return new SandboxDirectory(
                    new ObjectMapper()
                            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                            .readValue(in, File.class));
        } catch (IOException e) {
            throw new IllegalStateException("sandbox/directory.json could not be read", e);
        }
    }

    /** This directory with more users and projects, e.g. those of a generated data set. */
    public SandboxDirectory with(List<User> moreUsers, List<Project> moreProjects) {
        List<User> allUsers = new ArrayList<>(users.values());
        allUsers.addAll(moreUsers);
        List<Project> allProjects = new ArrayList<>(projects.values());
        allProjects.addAll(moreProjects);
        return new SandboxDirectory(new File(administratorGroups, allUsers, allProjects));
    }

    public Optional<User> user(String name) {
        return Optional.ofNullable(users.get(name));
    }

    public List<User> users() {
        return List.copyOf(users.values());
    }

    /** Whether the password is right: {@code admin} for admin, the user name for everyone else. */
    public boolean authenticate(String name, String password) {
        return users.containsKey(name) && password != null && password.equals(name);
    }

    public boolean isAdministrator(String name) {
        return user(name)
                .map(u -> u.groups().stream().anyMatch(administratorGroups::contains))
                .orElse(false);
    }

    public boolean groupExists(String group) {
        return users.values().stream().anyMatch(u -> u.groups().contains(group));
    }

    /** Every group some user belongs to, sorted: the groups Jira's group picker can offer. */
    public List<String> groups() {
        return users.values().stream()
                .flatMap(u -> u.groups().stream())
                .distinct()
                .sorted()
                .toList();
    }

    public Optional<Project> project(String key) {
        return Optional.ofNullable(projects.get(key));
    }

    public List<Project> projects() {
        return List.copyOf(projects.values());
    }
}
