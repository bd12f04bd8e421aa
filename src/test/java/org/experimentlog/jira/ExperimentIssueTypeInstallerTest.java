package org.experimentlog.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.issue.issuetype.IssueType;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class ExperimentIssueTypeInstallerTest {
    @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

    @Mock private ClusterLockService locks;
    @Mock private ClusterLock lock;
    @Mock private IssueTypeManager issueTypes;
    @Mock private IssueType bug;
    @Mock private IssueType task;
    @Mock private IssueType subTask;
    @Mock private IssueType experiment;
    @Mock private Avatar bugAvatar;
    @Mock private Avatar taskAvatar;
    @Mock private Avatar subTaskAvatar;

    private ExperimentIssueTypeInstaller target;

    @Before
    public void setUp() throws InterruptedException {
        target = new ExperimentIssueTypeInstaller(locks, issueTypes);
        when(locks.getLockForName(ExperimentIssueTypeInstaller.LOCK_NAME)).thenReturn(lock);
        when(lock.tryLock(ExperimentIssueTypeInstaller.LOCK_WAIT_SECONDS, TimeUnit.SECONDS))
                .thenReturn(true);
        issueType(subTask, "Sub-task", true, subTaskAvatar, 10316L);
        issueType(bug, "Bug", false, bugAvatar, 10303L);
        issueType(task, "Task", false, taskAvatar, 10318L);
        issueType(experiment, "Experiment", false, null, null);
        when(issueTypes.getIssueTypes()).thenReturn(List.of(subTask, bug, task));
        when(issueTypes.createIssueType(anyString(), anyString(), anyLong()))
                .thenReturn(experiment);
    }

    private static void issueType(
            IssueType type, String name, boolean subTask, Avatar avatar, Long avatarId) {
        when(type.getName()).thenReturn(name);
        when(type.isSubTask()).thenReturn(subTask);
        when(type.getAvatar()).thenReturn(avatar);
        if (avatar != null) {
            when(avatar.getId()).thenReturn(avatarId);
        }
    }

    @Test
    public void onStart_shouldCreateTheIssueTypeWithTheAvatarOfTask_whenNoneIsNamedExperiment() {
        target.onStart();

        verify(issueTypes)
                .createIssueType("Experiment", ExperimentIssueTypeInstaller.DESCRIPTION, 10318L);
    }

    @Test
    public void onStart_shouldCreateUnderTheClusterLock_andReleaseIt() throws InterruptedException {
        target.onStart();

        InOrder order = inOrder(lock, issueTypes);
        order.verify(lock)
                .tryLock(ExperimentIssueTypeInstaller.LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
        order.verify(issueTypes).getIssueTypes();
        order.verify(issueTypes).createIssueType(anyString(), anyString(), anyLong());
        order.verify(lock).unlock();
    }

    @Test
    public void onStart_shouldNotCreate_whenAnIssueTypeIsNamedExperiment() {
        when(issueTypes.getIssueTypes()).thenReturn(List.of(bug, experiment, task));

        target.onStart();

        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any());
        verify(lock).unlock();
    }

    @Test
    public void onStart_shouldReuseAnotherStandardTypesAvatar_whenThereIsNoTask() {
        when(issueTypes.getIssueTypes()).thenReturn(List.of(subTask, bug));

        target.onStart();

        verify(issueTypes)
                .createIssueType("Experiment", ExperimentIssueTypeInstaller.DESCRIPTION, 10303L);
    }

    @Test
    public void onStart_shouldNotCreate_whenOnlyASubTaskTypeHasAnAvatar() {
        when(bug.getAvatar()).thenReturn(null);
        when(issueTypes.getIssueTypes()).thenReturn(List.of(subTask, bug));

        target.onStart();

        verify(issueTypes, never()).createIssueType(anyString(), anyString(), any());
        verify(lock).unlock();
    }

    @Test
    public void onStart_shouldReleaseTheLockAndNotThrow_whenJiraFailsToCreateTheType() {
        when(issueTypes.createIssueType(anyString(), anyString(), anyLong()))
                .thenThrow(new DataAccessException("connection reset", null));

        target.onStart();

        verify(lock).unlock();
    }

    @Test
    public void onStart_shouldReleaseTheLock_whenJiraFailsToListTheTypes() {
        when(issueTypes.getIssueTypes()).thenThrow(new IllegalStateException("cache not ready"));

        target.onStart();

        verify(lock).unlock();
    }

    @Test
    public void onStart_shouldNeitherCreateNorUnlock_whenAnotherNodeKeepsTheLock()
            throws InterruptedException {
        when(lock.tryLock(ExperimentIssueTypeInstaller.LOCK_WAIT_SECONDS, TimeUnit.SECONDS))
                .thenReturn(false);

        target.onStart();

        verifyNoInteractions(issueTypes);
        verify(lock, never()).unlock();
    }

    @Test
    public void onStart_shouldKeepTheInterruptAndNotCreate_whenInterruptedWhileWaiting()
            throws InterruptedException {
        when(lock.tryLock(ExperimentIssueTypeInstaller.LOCK_WAIT_SECONDS, TimeUnit.SECONDS))
                .thenThrow(new InterruptedException());

        try {
            target.onStart();

            assertTrue(Thread.currentThread().isInterrupted());
            verifyNoInteractions(issueTypes);
            verify(lock, never()).unlock();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    public void onStop_shouldDoNothing() {
        target.onStop();

        verifyNoInteractions(locks, issueTypes);
    }

    @Test
    public void lockName_shouldBeginWithThePluginKeyOfTheDescriptor() throws Exception {
        String key;
        try (InputStream descriptor = getClass().getResourceAsStream("/atlassian-plugin.xml")) {
            key =
                    DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(descriptor)
                            .getDocumentElement()
                            .getAttribute("key");
        }

        assertEquals(key, ExperimentIssueTypeInstaller.PLUGIN_KEY);
        assertTrue(ExperimentIssueTypeInstaller.LOCK_NAME.startsWith(key + ":"));
    }
}
