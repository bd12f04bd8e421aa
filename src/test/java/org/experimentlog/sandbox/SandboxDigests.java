package org.experimentlog.sandbox;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.experimentlog.app.digest.DigestService;
import org.experimentlog.jira.DigestJob;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The host side of the digests in the sandbox: the SMTP server and mail queue, the scheduler that
 * runs the plugin's digest job as Jira's would (the job registers and schedules itself when the
 * plugin starts), the mail page and the mail API. Kept apart from {@link Sandbox} so the host's
 * parts stay small.
 */
final class SandboxDigests implements AutoCloseable {
    private final SandboxMail mail = SandboxMail.start();
    private final SandboxScheduler scheduler = new SandboxScheduler();
    private DigestJob job;

    SandboxMail mail() {
        return mail;
    }

    SandboxScheduler scheduler() {
        return scheduler;
    }

    /**
     * Starts the plugin's digest job as Jira starts a {@code LifecycleAware} component, and serves
     * the mail page.
     */
    void start(
            AnnotationConfigApplicationContext spring,
            ServletContextHandler context,
            ResourceConfig sandboxRest,
            SandboxDirectory directory) {
        job = new DigestJob(scheduler, spring.getBean(DigestService.class));
        job.onStart();
        sandboxRest.register(new SandboxMailResource(mail, scheduler));
        context.addServlet(
                new ServletHolder("sandbox-mail", new SandboxMailPage(mail, directory)),
                "/plugins/servlet/sandbox/mail");
    }

    /** Tells the plugin the address it is served at, for the links in mail. */
    void servedAt(AnnotationConfigApplicationContext spring, String baseUrl) {
        spring.getBean(SandboxSiteLinks.class).set(baseUrl);
    }

    @Override
    public void close() {
        if (job != null) {
            job.onStop();
        }
        scheduler.close();
        mail.close();
    }
}
