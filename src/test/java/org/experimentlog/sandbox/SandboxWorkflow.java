package org.experimentlog.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFactory;
import com.opensymphony.workflow.Condition;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;
import org.experimentlog.app.port.IssueSummary;
import org.experimentlog.testing.PluginDescriptor;
import org.experimentlog.testing.WorkflowModule;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/**
 * The sandbox's workflows, run the way Jira runs them. Experiment issues follow the Experiment
 * workflow the admin guide describes (Designing, Running, Analysing, Done), with the plugin's
 * conclude gate on "Done" as its {@code workflow-condition} and {@code workflow-validator} modules;
 * other issues follow a two-status workflow.
 *
 * <p>As in Jira: the gates' stored arguments are what the module's factory made of the editor's
 * form ({@code getDescriptorParams}) plus {@code class.name} and {@code full.module.key}; the
 * validator and condition classes named in the descriptor are instantiated by the plugin's
 * container for each call, and called with {@code transientVars} holding the issue under {@code
 * issue} and {@code originalissueobject}, the project key under {@code pkey} and the transition's
 * id under {@code actionId}. A transition is offered while all its conditions pass; performing it
 * checks them again, then runs the validators in order, and the first {@link InvalidInputException}
 * refuses it with its message. Jira's {@code context}, {@code entry} and {@code store} variables
 * are not provided.
 */
public final class SandboxWorkflow {
    /**
     * A workflow status and its status category ({@code new}, {@code indeterminate} or {@code
     * done}).
     */
    public record Status(String id, String name, String category) {}

    /** A validator or condition placed on a transition, with its stored arguments. */
    public record Gate(WorkflowModule module, Map<String, Object> args) {}

    /** A transition; an empty {@code from} makes it global (available from every other status). */
    public record Transition(
            String id,
            String name,
            Set<String> from,
            Status to,
            List<Gate> conditions,
            List<Gate> validators) {
        boolean leaves(Status status) {
            return !status.id().equals(to.id()) && (from.isEmpty() || from.contains(status.id()));
        }
    }

    /** A workflow: its first status, its statuses and transitions. */
    public record Workflow(String name, List<Status> statuses, List<Transition> transitions) {
        Status initial() {
            return statuses.get(0);
        }

        Optional<Status> status(String id) {
            return statuses.stream().filter(s -> s.id().equals(id)).findFirst();
        }
    }

    /**
     * Why a transition did not happen: it is not available, or a validator refused it with this
     * message.
     */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean byValidator;

        Refused(String message, boolean byValidator) {
            super(message);
            this.byValidator = byValidator;
        }

        public boolean byValidator() {
            return byValidator;
        }
    }

    public static final Status DESIGNING = new Status("10100", "Designing", "new");
    public static final Status RUNNING = new Status("10101", "Running", "indeterminate");
    public static final Status ANALYSING = new Status("10102", "Analysing", "indeterminate");
    public static final Status DONE = new Status("10103", "Done", "done");
    public static final Status OPEN = new Status("1", "Open", "new");

    /** The id of the transition that resolves an issue, in both workflows. */
    public static final String DONE_TRANSITION = "41";

    static final String VALIDATOR_ONLY = "Experiment workflow (validator)";
    static final String GUARDED = "Experiment workflow (condition and validator)";
    private static final String GATE_VALIDATOR = "experiment-closed-validator";
    private static final String GATE_CONDITION = "experiment-closed-condition";

    private final ActiveObjects ao;
    private final AutowireCapableBeanFactory beans;
    private final String pluginKey;

    /**
     * Experiment workflows: Done with the validator only (project PERMIT), and with condition and
     * validator.
     */
    private volatile List<Workflow> experimentWorkflows;

    private final Workflow basicWorkflow;

    SandboxWorkflow(
            PluginDescriptor descriptor, ActiveObjects ao, AutowireCapableBeanFactory beans) {
        this.ao = ao;
        this.beans = beans;
        this.pluginKey = descriptor.pluginKey();
        WorkflowModule validator = module(descriptor, GATE_VALIDATOR, WorkflowModule.VALIDATOR);
        WorkflowModule condition = module(descriptor, GATE_CONDITION, WorkflowModule.CONDITION);
        // What the administrator's "Add" in the workflow editor stores: the factory's reading of
        // the default form.
        Map<String, Object> form = Map.of("acceptAbandoned", new String[] {"true"});
        Gate validatorGate = gate(validator, form);
        Gate conditionGate = gate(condition, form);
        experimentWorkflows =
                List.of(
                        experiment(VALIDATOR_ONLY, List.of(), List.of(validatorGate)),
                        experiment(GUARDED, List.of(conditionGate), List.of(validatorGate)));
        basicWorkflow =
                new Workflow(
                        "Basic workflow",
                        List.of(OPEN, DONE),
                        List.of(
                                new Transition(
                                        DONE_TRANSITION,
                                        "Done",
                                        Set.of(OPEN.id()),
                                        DONE,
                                        List.of(),
                                        List.of()),
                                new Transition(
                                        "51",
                                        "Reopen",
                                        Set.of(DONE.id()),
                                        OPEN,
                                        List.of(),
                                        List.of())));
    }

    private static Workflow experiment(
            String name, List<Gate> doneConditions, List<Gate> doneValidators) {
        return new Workflow(
                name,
                List.of(DESIGNING, RUNNING, ANALYSING, DONE),
                List.of(
                        new Transition(
                                "11",
                                "Start running",
                                Set.of(DESIGNING.id()),
                                RUNNING,
                                List.of(),
                                List.of()),
                        new Transition(
                                "21",
                                "Analyse",
                                Set.of(RUNNING.id()),
                                ANALYSING,
                                List.of(),
                                List.of()),
                        new Transition(
                                "31",
                                "Run again",
                                Set.of(ANALYSING.id()),
                                RUNNING,
                                List.of(),
                                List.of()),
                        new Transition(
                                DONE_TRANSITION,
                                "Done",
                                Set.of(),
                                DONE,
                                doneConditions,
                                doneValidators),
                        new Transition(
                                "51",
                                "Reopen",
                                Set.of(DONE.id()),
                                DESIGNING,
                                List.of(),
                                List.of())));
    }

    private static WorkflowModule module(PluginDescriptor descriptor, String key, String kind) {
        return descriptor.workflowModules().stream()
                .filter(m -> m.key().equals(key) && m.kind().equals(kind))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "The sandbox's Experiment workflow needs the "
                                                + kind
                                                + " "
                                                + key
                                                + ", which the descriptor does not declare"));
    }

    /**
     * A gate as Jira's workflow editor stores it when the administrator submits the module's form.
     */
    Gate gate(WorkflowModule module, Map<String, Object> form) {
        Map<String, Object> args =
                new LinkedHashMap<>(module.factory(beans).getDescriptorParams(form));
        args.put("class.name", module.moduleClass().getName());
        args.put("full.module.key", pluginKey + ":" + module.key());
        return new Gate(module, args);
    }

    /**
     * The workflow an issue follows, as a workflow scheme assigns it: Experiment issues of PERMIT
     * follow the workflow whose Done carries only the validator (users see the button and meet the
     * refusal); Experiment issues of other projects follow the one whose condition also hides Done;
     * other issue types follow the basic workflow.
     */
    public Workflow workflowOf(IssueSummary issue) {
        if (!issue.experiment()) {
            return basicWorkflow;
        }
        String name = "PERMIT".equals(issue.ref().projectKey().value()) ? VALIDATOR_ONLY : GUARDED;
        return experimentWorkflows.stream()
                .filter(w -> w.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The Experiment workflows with their gates' current configuration, for the sandbox's workflow
     * page.
     */
    public List<Workflow> experimentWorkflows() {
        return experimentWorkflows;
    }

    /**
     * Replaces the arguments of a module's gates in the Experiment workflows, as the editor's edit
     * form does.
     */
    public synchronized void configure(String moduleKey, Map<String, Object> form) {
        List<Workflow> workflows = new ArrayList<>();
        for (Workflow workflow : experimentWorkflows) {
            List<Transition> transitions = new ArrayList<>();
            for (Transition t : workflow.transitions()) {
                transitions.add(
                        new Transition(
                                t.id(),
                                t.name(),
                                t.from(),
                                t.to(),
                                reconfigured(t.conditions(), moduleKey, form),
                                reconfigured(t.validators(), moduleKey, form)));
            }
            workflows.add(new Workflow(workflow.name(), workflow.statuses(), transitions));
        }
        experimentWorkflows = List.copyOf(workflows);
    }

    private List<Gate> reconfigured(List<Gate> gates, String moduleKey, Map<String, Object> form) {
        return gates.stream()
                .map(g -> g.module().key().equals(moduleKey) ? gate(g.module(), form) : g)
                .toList();
    }

    /** The issue's status. */
    public Status statusOf(IssueSummary issue) {
        Workflow workflow = workflowOf(issue);
        AoSandboxIssue[] rows =
                ao.find(
                        AoSandboxIssue.class,
                        Query.select().where("ID = ?", (int) issue.ref().id()));
        String id = rows.length == 0 ? null : rows[0].getStatusId();
        return id == null ? workflow.initial() : workflow.status(id).orElse(workflow.initial());
    }

    /**
     * The transitions the current user is offered now: those leaving the status whose conditions
     * all pass.
     */
    public List<Transition> available(IssueSummary issue) {
        Status status = statusOf(issue);
        List<Transition> offered = new ArrayList<>();
        for (Transition transition : workflowOf(issue).transitions()) {
            if (transition.leaves(status) && conditionsPass(issue, transition)) {
                offered.add(transition);
            }
        }
        return offered;
    }

    /**
     * Performs a transition: it must be offered now; then each validator runs, and the first
     * refusal stops it.
     *
     * @throws Refused when it is not offered, or a validator refused it (with the validator's
     *     message)
     */
    public synchronized Status perform(
            IssueSummary issue, String transitionId, String notOfferedMessage) throws Refused {
        Transition transition =
                available(issue).stream()
                        .filter(t -> t.id().equals(transitionId))
                        .findFirst()
                        .orElseThrow(() -> new Refused(notOfferedMessage, false));
        for (Gate gate : transition.validators()) {
            Validator validator = (Validator) beans.createBean(gate.module().moduleClass());
            try {
                validator.validate(
                        transientVars(issue, transition),
                        validatorDescriptor(gate).getArgs(),
                        null);
            } catch (InvalidInputException e) {
                throw new Refused(e.getMessage(), true);
            } catch (WorkflowException e) {
                throw new IllegalStateException(
                        "The validator " + gate.module().key() + " failed", e);
            }
        }
        AoSandboxIssue row = ao.get(AoSandboxIssue.class, (int) issue.ref().id());
        row.setStatusId(transition.to().id());
        row.save();
        return transition.to();
    }

    private boolean conditionsPass(IssueSummary issue, Transition transition) {
        for (Gate gate : transition.conditions()) {
            Condition condition = (Condition) beans.createBean(gate.module().moduleClass());
            try {
                if (!condition.passesCondition(
                        transientVars(issue, transition),
                        conditionDescriptor(gate).getArgs(),
                        null)) {
                    return false;
                }
            } catch (WorkflowException e) {
                throw new IllegalStateException(
                        "The condition " + gate.module().key() + " failed", e);
            }
        }
        return true;
    }

    /** What Jira hands validators and conditions (see the class comment for what is left out). */
    private Map<String, Object> transientVars(IssueSummary issue, Transition transition) {
        Map<String, Object> vars = new HashMap<>();
        SandboxJiraIssue jiraIssue = new SandboxJiraIssue(issue);
        vars.put("issue", jiraIssue);
        vars.put("originalissueobject", jiraIssue);
        vars.put("pkey", issue.ref().projectKey().value());
        vars.put("actionId", Integer.valueOf(transition.id()));
        return vars;
    }

    /**
     * The stored arguments as a descriptor, as Jira reads them back from the workflow (values as
     * strings).
     */
    @SuppressWarnings("unchecked")
    static ValidatorDescriptor validatorDescriptor(Gate gate) {
        ValidatorDescriptor descriptor = new ValidatorDescriptor();
        gate.args().forEach((k, v) -> descriptor.getArgs().put(k, String.valueOf(v)));
        return descriptor;
    }

    @SuppressWarnings("unchecked")
    static ConditionDescriptor conditionDescriptor(Gate gate) {
        ConditionDescriptor descriptor = new ConditionDescriptor();
        gate.args().forEach((k, v) -> descriptor.getArgs().put(k, String.valueOf(v)));
        return descriptor;
    }

    /** The factory of a gate's module, for rendering its templates. */
    WorkflowPluginFactory factory(Gate gate) {
        return gate.module().factory(beans);
    }
}
