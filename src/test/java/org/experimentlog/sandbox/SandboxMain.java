package org.experimentlog.sandbox;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the sandbox from the command line ({@code mvn -Psandbox}): {@code
 * http://localhost:2990/jira} with demo data in an H2 file database under {@code target/sandbox}.
 * Options (or the system properties in brackets): {@code --port N} ({@code sandbox.port}), {@code
 * --db JDBC-URL} ({@code sandbox.db}, e.g. {@code jdbc:postgresql://localhost:5432/experimentlog}),
 * {@code --db-user}/{@code --db-password} ({@code sandbox.db.user}/{@code sandbox.db.password}),
 * {@code --no-demo-data}, {@code --dataset datacenter} ({@code sandbox.dataset}: the {@link
 * DataCenterDataset} instead of the demo data, generated on the first start). Stops on Ctrl+C.
 */
public final class SandboxMain {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxMain.class);

    /**
     * H2 writes a commit to its file before the commit returns, so nothing the sandbox has answered
     * 2xx is lost when the process is killed. H2's default keeps commits in memory for up to 500 ms
     * (its write delay); without this a SIGKILL during a burst of writes lost the last half second
     * of acknowledged writes. It costs about a third of the write throughput (docs/performance.md);
     * {@code SandboxKillTest} kills the sandbox during writes.
     */
    public static final String DURABLE_H2 = "WRITE_DELAY=0";

    private SandboxMain() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(option(args, "--port", "sandbox.port", "2990"));
        String dataset = option(args, "--dataset", "sandbox.dataset", "demo");
        if (!dataset.equals("demo") && !dataset.equals(Sandbox.DATA_CENTER)) {
            throw new IllegalArgumentException(
                    "Unknown data set \"" + dataset + "\": use demo or " + Sandbox.DATA_CENTER);
        }
        // each data set in its own file, so switching between them never mixes demo rows with
        // generated users
        String defaultDb =
                "jdbc:h2:file:"
                        + Path.of(
                                        "target",
                                        "sandbox",
                                        dataset.equals("demo")
                                                ? "experimentlog"
                                                : "experimentlog-" + dataset)
                                .toAbsolutePath()
                        + ";DB_CLOSE_ON_EXIT=FALSE;"
                        + DURABLE_H2;
        String db = option(args, "--db", "sandbox.db", defaultDb);
        boolean postgres = db.startsWith("jdbc:postgresql:");
        String user = option(args, "--db-user", "sandbox.db.user", postgres ? "postgres" : "sa");
        String password = option(args, "--db-password", "sandbox.db.password", "");
        boolean demo = !Arrays.asList(args).contains("--no-demo-data");

        Sandbox sandbox =
                Sandbox.start(
                        new Sandbox.Settings("127.0.0.1", port, db, user, password, demo, dataset));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    try {
                                        sandbox.close();
                                    } catch (Exception e) {
                                        LOG.warn("The sandbox did not stop cleanly", e);
                                    } finally {
                                        stopped.countDown();
                                    }
                                }));
        StringBuilder users = new StringBuilder();
        Sandbox.demoUsers()
                .forEach(
                        (name, description) ->
                                users.append(
                                        String.format(
                                                "%n    %-6s / %-6s  %s", name, name, description)));
        if (dataset.equals(Sandbox.DATA_CENTER)) {
            users.append(
                    String.format(
                            "%n    %s … %s  the Data Center data set's users (password = user name)",
                            DataCenterDataset.userName(0),
                            DataCenterDataset.userName(
                                    DataCenterDataset.Scale.DATA_CENTER.users() - 1)));
        }
        LOG.info(
                "{}",
                String.format(
                        "%n%n  Experiment Log SANDBOX (not Jira) is running at %s%n  Database: %s%n"
                                + "  Log in as (user / password):%s%n  Stop with Ctrl+C.%n",
                        sandbox.baseUrl(), postgres ? db : "H2 file " + db, users));
        stopped.await();
    }

    private static String option(String[] args, String flag, String property, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(flag)) {
                return args[i + 1];
            }
        }
        return System.getProperty(property, fallback);
    }
}
