package org.experimentlog.sandbox.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * The documented smoke test ({@code java tools/SmokeTest.java}, docs/install.md) run as an
 * administrator would run it after installing, against the sandbox: every check passes, the JQL
 * function included; with a wrong password it fails and says why.
 */
public class SmokeTestCommandTest {
    private record Run(int exit, String output) {}

    private static Run smokeTest(String password, String... options)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "tools/SmokeTest.java",
                                "--base-url",
                                RunningSandbox.get().baseUrl(),
                                "--user",
                                "admin"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JIRA_SMOKE_PASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("the smoke test finished in time", process.waitFor(3, TimeUnit.MINUTES));
        return new Run(process.exitValue(), output);
    }

    @Test
    public void smokeTest_shouldPassEveryCheck_againstAWorkingInstallation() throws Exception {
        Run run = smokeTest("admin", "--project", "PERMIT");

        assertEquals(run.output(), 0, run.exit());
        for (String check :
                List.of(
                        "PASS app: enabled, with all",
                        "PASS issue-type:",
                        "PASS rest:",
                        "PASS create-issue:",
                        "PASS panel: the Experiment panel renders",
                        "PASS validator: \"Done\" refused while open: This issue cannot "
                                + "be resolved yet",
                        "allowed once abandoned",
                        "PASS jql: experimentsInStage(\"abandoned\") finds PERMIT-",
                        "PASS delete-issue:",
                        "All checks passed.")) {
            assertTrue(check + " in\n" + run.output(), run.output().contains(check));
        }
    }

    @Test
    public void smokeTest_shouldReportTheConditionHidingDone_onAWorkflowWithTheCondition()
            throws Exception {
        Run run =
                smokeTest(
                        "admin",
                        "--project",
                        "MOVE",
                        "--skip",
                        "jql"); // --skip: one check left out

        assertEquals(run.output(), 0, run.exit());
        assertTrue(
                run.output(),
                run.output()
                        .contains(
                                "PASS validator: \"Done\" is hidden while the experiment is open"));
        assertTrue(run.output(), run.output().contains("SKIP jql"));
    }

    @Test
    public void smokeTest_shouldFailAndSayWhy_whenThePasswordIsWrong() throws Exception {
        Run run = smokeTest("wrong", "--project", "PERMIT", "--skip", "jql");

        assertEquals(run.output(), 1, run.exit());
        assertTrue(run.output(), run.output().contains("FAIL app: expected HTTP 200, got 401"));
        assertTrue(
                "one wrong login, then no more requests",
                run.output().contains("FAIL rest: not run: Jira refused the credentials"));
    }

    @Test
    public void smokeTest_shouldFail_whenTheValidatorIsMissingFromTheTransition() throws Exception {
        Run run =
                smokeTest(
                        "admin",
                        "--project",
                        "PERMIT",
                        "--skip",
                        "jql",
                        "--done-transition",
                        "Start running");

        assertEquals(run.output(), 1, run.exit());
        assertTrue(
                run.output(),
                run.output().contains("FAIL validator: \"Start running\" was not refused"));
    }

    @Test
    public void smokeTest_shouldRefuseToStart_withoutAProject() throws Exception {
        Run run = smokeTest("admin");

        assertEquals(run.output(), 2, run.exit());
        assertTrue(run.output(), run.output().contains("Missing --project"));
    }
}
