package org.experimentlog.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.query.operand.Operand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.experimentlog.domain.IssueRef;
import org.experimentlog.domain.ProjectKey;
import org.experimentlog.domain.UserRef;

/**
 * Jira's issue search in small, for the queries the app's JQL functions are used in: clauses {@code
 * project = KEY}, {@code issuetype = Experiment} and {@code issue in f(…)} / {@code issue not in
 * f(…)}, joined by {@code AND}. As Jira does, it first asks each function clause's {@link
 * JqlFunction} to validate its operand for the searcher (any message refuses the query), then asks
 * it for its values with a {@link QueryCreationContext} of the searcher, intersects them with the
 * other clauses, and keeps only the issues the searcher may browse. Users can save nothing here; it
 * exists to prove the functions.
 */
final class SandboxJql {
    /** The largest page, as Jira's default {@code jira.search.views.default.max}. */
    static final int MAX_RESULTS = 1000;

    /** A query Jira would refuse, with its messages in the searcher's language. */
    static final class InvalidQuery extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<String> messages;

        InvalidQuery(List<String> messages) {
            super(String.join(" ", messages));
            this.messages = List.copyOf(messages);
        }

        List<String> messages() {
            return messages;
        }
    }

    /** One issue found. */
    record Hit(
            long id,
            String key,
            String summary,
            String issueType,
            String projectKey,
            String projectName) {}

    /** A page of the issues found, by key order within project, newest first. */
    record Result(int startAt, int maxResults, int total, List<Hit> issues) {}

    private record FunctionClause(String field, boolean negated, FunctionOperand operand)
            implements TerminalClause {
        @Override
        public String getName() {
            return field;
        }

        @Override
        public Operand getOperand() {
            return operand;
        }
    }

    private record SearchContext(ApplicationUser user) implements QueryCreationContext {
        @Override
        public ApplicationUser getApplicationUser() {
            return user;
        }

        @Override
        public boolean isSecurityOverriden() {
            return false;
        }
    }

    private final SandboxJqlFunctions functions;
    private final ActiveObjects ao;
    private final SandboxDirectory directory;
    private final SandboxAccessPolicy access;

    SandboxJql(
            SandboxJqlFunctions functions,
            ActiveObjects ao,
            SandboxDirectory directory,
            SandboxAccessPolicy access) {
        this.functions = functions;
        this.ao = ao;
        this.directory = directory;
        this.access = access;
    }

    /**
     * Runs the query for the user (empty for an anonymous visitor).
     *
     * @throws InvalidQuery when the query is malformed, names an unknown field, value or function,
     *     or a function refuses its value
     */
    Result search(
            String jql, Optional<String> user, int startAt, int maxResults, SandboxI18n text) {
        Parsed parsed = new Parser(jql == null ? "" : jql, text).parse();
        Optional<UserRef> searcher = user.map(UserRef::new);
        List<String> errors = new ArrayList<>();
        for (String project : parsed.projects) {
            boolean visible =
                    directory.project(project).isPresent()
                            && searcher.map(
                                            u ->
                                                    access.canBrowseProject(
                                                            u, new ProjectKey(project)))
                                    .orElse(false);
            if (!visible) {
                errors.add(text.getText("experimentlog.sandbox.jql.project", (Object) project));
            }
        }
        for (String type : parsed.issueTypes) {
            if (!List.of(SandboxIssueGateway.EXPERIMENT_TYPE, "Task").contains(type)) {
                errors.add(text.getText("experimentlog.sandbox.jql.issuetype", (Object) type));
            }
        }
        ApplicationUser searcherUser = user.map(SandboxApplicationUser::new).orElse(null);
        List<JqlFunction> resolved = new ArrayList<>();
        for (FunctionClause clause : parsed.functions) {
            Optional<JqlFunction> function = functions.named(clause.operand().getName());
            if (function.isEmpty()) {
                errors.add(
                        text.getText(
                                "experimentlog.sandbox.jql.function",
                                (Object) clause.operand().getName()));
                continue;
            }
            MessageSet messages = function.get().validate(searcherUser, clause.operand(), clause);
            errors.addAll(messages.getErrorMessages());
            resolved.add(function.get());
        }
        if (!errors.isEmpty()) {
            throw new InvalidQuery(errors);
        }
        Set<Long> included = null;
        Set<Long> excluded = new HashSet<>();
        QueryCreationContext context = new SearchContext(searcherUser);
        for (int i = 0; i < parsed.functions.size(); i++) {
            FunctionClause clause = parsed.functions.get(i);
            Set<Long> ids = new HashSet<>();
            for (QueryLiteral literal :
                    resolved.get(i).getValues(context, clause.operand(), clause)) {
                if (literal.getSourceOperand() != clause.operand()
                        || literal.getLongValue() == null) {
                    throw new IllegalStateException(
                            "The JQL function "
                                    + clause.operand().getName()
                                    + " must yield issue ids whose source is its operand, as Jira requires");
                }
                ids.add(literal.getLongValue());
            }
            if (clause.negated()) {
                excluded.addAll(ids);
            } else if (included == null) {
                included = ids;
            } else {
                included.retainAll(ids);
            }
        }
        List<Hit> hits = new ArrayList<>();
        if (included == null || !included.isEmpty()) {
            for (AoSandboxIssue row : ao.find(AoSandboxIssue.class, Query.select())) {
                long id = row.getID();
                boolean wanted =
                        (included == null || included.contains(id))
                                && !excluded.contains(id)
                                && (parsed.projects.isEmpty()
                                        || parsed.projects.contains(row.getProjectKey()))
                                && (parsed.issueTypes.isEmpty()
                                        || parsed.issueTypes.contains(row.getIssueType()))
                                && searcher.map(
                                                u ->
                                                        access.canBrowse(
                                                                u,
                                                                new IssueRef(
                                                                        id, row.getIssueKey())))
                                        .orElse(false);
                if (wanted) {
                    hits.add(
                            new Hit(
                                    id,
                                    row.getIssueKey(),
                                    row.getSummary(),
                                    row.getIssueType(),
                                    row.getProjectKey(),
                                    directory
                                            .project(row.getProjectKey())
                                            .map(SandboxDirectory.Project::name)
                                            .orElse(row.getProjectKey())));
                }
            }
        }
        hits.sort(
                Comparator.comparing(Hit::projectKey)
                        .thenComparing(Comparator.comparingLong(Hit::id).reversed()));
        int from = Math.min(startAt, hits.size());
        int to = Math.min(hits.size(), from + maxResults);
        return new Result(startAt, maxResults, hits.size(), List.copyOf(hits.subList(from, to)));
    }

    /** The clauses of a query, grouped by kind; all are joined by AND. */
    private static final class Parsed {
        final Set<String> projects = new LinkedHashSet<>();
        final Set<String> issueTypes = new LinkedHashSet<>();
        final List<FunctionClause> functions = new ArrayList<>();
    }

    /** A recursive-descent reader of the small JQL the sandbox understands. */
    private static final class Parser {
        private final String jql;
        private final SandboxI18n text;
        private int at;

        Parser(String jql, SandboxI18n text) {
            this.jql = jql;
            this.text = text;
        }

        Parsed parse() {
            Parsed parsed = new Parsed();
            skipSpace();
            if (at == jql.length()) {
                return parsed;
            }
            clause(parsed);
            while (true) {
                skipSpace();
                if (at == jql.length()) {
                    return parsed;
                }
                String word = word();
                if (!word.equalsIgnoreCase("and")) {
                    throw syntax();
                }
                clause(parsed);
            }
        }

        private void clause(Parsed parsed) {
            skipSpace();
            int start = at;
            String field = word();
            String lower = field.toLowerCase(Locale.ROOT);
            switch (lower) {
                case "project" -> {
                    expect('=');
                    parsed.projects.add(value().toUpperCase(Locale.ROOT));
                }
                case "issuetype", "type" -> {
                    expect('=');
                    String type = value();
                    parsed.issueTypes.add(
                            type.equalsIgnoreCase(SandboxIssueGateway.EXPERIMENT_TYPE)
                                    ? SandboxIssueGateway.EXPERIMENT_TYPE
                                    : type.equalsIgnoreCase("Task") ? "Task" : type);
                }
                case "issue", "issuekey", "key", "id" -> {
                    skipSpace();
                    String operator = word();
                    boolean negated = false;
                    if (operator.equalsIgnoreCase("not")) {
                        negated = true;
                        skipSpace();
                        operator = word();
                    }
                    if (!operator.equalsIgnoreCase("in")) {
                        throw syntax();
                    }
                    skipSpace();
                    String name = word();
                    expect('(');
                    List<String> arguments = new ArrayList<>();
                    skipSpace();
                    if (peek() != ')') {
                        arguments.add(value());
                        skipSpace();
                        while (peek() == ',') {
                            at++;
                            arguments.add(value());
                            skipSpace();
                        }
                    }
                    expect(')');
                    parsed.functions.add(
                            new FunctionClause(
                                    lower, negated, new FunctionOperand(name, arguments)));
                }
                default -> {
                    if (field.isEmpty()) {
                        throw syntax();
                    }
                    at = start;
                    throw new InvalidQuery(
                            List.of(
                                    text.getText(
                                            "experimentlog.sandbox.jql.field", (Object) field)));
                }
            }
        }

        /** A bare word or a quoted string ("…" or '…', with backslash escapes). */
        private String value() {
            skipSpace();
            char quote = peek();
            if (quote == '"' || quote == '\'') {
                StringBuilder value = new StringBuilder();
                at++;
                while (at < jql.length() && jql.charAt(at) != quote) {
                    char c = jql.charAt(at++);
                    if (c == '\\' && at < jql.length()) {
                        c = jql.charAt(at++);
                    }
                    value.append(c);
                }
                if (at == jql.length()) {
                    throw syntax();
                }
                at++;
                return value.toString();
            }
            String word = word();
            if (word.isEmpty()) {
                throw syntax();
            }
            return word;
        }

        private String word() {
            int start = at;
            while (at < jql.length()
                    && (Character.isLetterOrDigit(jql.charAt(at))
                            || "-_.".indexOf(jql.charAt(at)) >= 0)) {
                at++;
            }
            return jql.substring(start, at);
        }

        private void expect(char c) {
            skipSpace();
            if (peek() != c) {
                throw syntax();
            }
            at++;
        }

        private char peek() {
            return at < jql.length() ? jql.charAt(at) : '\0';
        }

        private void skipSpace() {
            while (at < jql.length() && Character.isWhitespace(jql.charAt(at))) {
                at++;
            }
        }

        private InvalidQuery syntax() {
            String rest = jql.substring(Math.min(at, jql.length())).strip();
            String near =
                    rest.isEmpty()
                            ? text.getText("experimentlog.sandbox.jql.end")
                            : rest.length() > 30 ? rest.substring(0, 30) + "…" : rest;
            return new InvalidQuery(
                    List.of(text.getText("experimentlog.sandbox.jql.syntax", (Object) near)));
        }
    }
}
