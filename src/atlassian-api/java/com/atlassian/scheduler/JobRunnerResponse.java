package com.atlassian.scheduler;

/**
 * Declaration only: how a run ended. Only the factories this plugin uses; the real class also has
 * an outcome and a message accessor.
 *
 * <p>Javadoc:
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerResponse.html
 * ({@code static success()}, {@code static success(String)}, {@code static failed(Throwable)},
 * {@code static aborted(String)}).
 */
public final class JobRunnerResponse {
    private final String message;

    private JobRunnerResponse(String message) {
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(String.valueOf(cause));
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(message);
    }

    public String getMessage() {
        return message;
    }
}
