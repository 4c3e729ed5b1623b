package org.jixiao.server.jobs;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one db-scheduler task every job runs as: its data is the job id. Any instance polling {@code scheduled_tasks}
 * may pick it; a job whose instance died (no heartbeat) is revived and resumes; a failure that escapes the runner
 * (the database went away) is retried later, up to five times.
 */
@Configuration
class JobTask {

    static final String NAME = "jixiao-job";

    @Bean
    OneTimeTask<Long> jixiaoJobTask(JobRunner runner) {
        return Tasks.oneTime(NAME, Long.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(5, new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(20))))
                .onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(instance.getData()));
    }
}
