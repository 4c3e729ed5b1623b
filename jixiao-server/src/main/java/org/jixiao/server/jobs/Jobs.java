package org.jixiao.server.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.UUID;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.problems.Forbidden;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.problems.NotFound;
import org.jixiao.server.problems.Unavailable;
import org.jixiao.server.units.Districts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enqueues long jobs and shows them to their owner, with the access rules in the service layer: bulk import of a zip
 * of reports into a district is for administrators; publishing all approved reports of a district is for that
 * district's reviewer; rendering a district's published documents for its reviewer or an administrator. A job is
 * visible only to the account that started it (anyone else: "not found"). The job row and its queue entry are
 * written in one transaction, so a job is never queued without its row or the other way round.
 */
@Service
public class Jobs {

    private final JobStore store;
    private final Districts districts;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Long> task;
    private final TransactionTemplate transaction;
    private final Path uploads;

    Jobs(JobStore store, Districts districts, SchedulerClient scheduler, OneTimeTask<Long> jixiaoJobTask, TransactionTemplate transaction,
            @Value("${jixiao.jobs.directory:${jixiao.data-dir}/jobs}") String directory) {
        this.store = store;
        this.districts = districts;
        this.scheduler = scheduler;
        this.task = jixiaoJobTask;
        this.transaction = transaction;
        this.uploads = Path.of(directory).toAbsolutePath().resolve("uploads");
    }

    /** Stores the uploaded zip (whole or not at all) and enqueues its import into the district. */
    public Job enqueueImport(Account who, long districtId, String fileName, InputStream zip) {
        if (who.role() != Role.ADMIN) throw new Forbidden("只有管理员可以批量导入报告。");
        requireDistrict(districtId);
        if (fileName == null || !fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new Invalid("请上传 .zip 压缩包（内含各单位报告的 JSON、DOCX、XLSX、PDF 或文本文件）。");
        }
        Path stored = storeWhole(zip);
        try {
            return enqueue(Job.Kind.IMPORT, who, districtId, null, stored.toString());
        } catch (RuntimeException e) {
            deleteQuietly(stored);
            throw e;
        }
    }

    /** Enqueues publishing every APPROVED report of the district (of one year, or all years). */
    public Job enqueuePublish(Account who, long districtId, Integer fiscalYear) {
        requireDistrict(districtId);
        if (!who.reviews(districtId)) throw new Forbidden("只有本区的财政审核人可以批量公开报告。");
        return enqueue(Job.Kind.PUBLISH, who, districtId, fiscalYear, null);
    }

    /** Enqueues rendering the published documents of the district (of one year, or all years) as DOCX files. */
    public Job enqueueRender(Account who, long districtId, Integer fiscalYear) {
        requireDistrict(districtId);
        if (!who.reviews(districtId) && who.role() != Role.ADMIN) throw new Forbidden("只有本区的财政审核人或管理员可以批量生成公开文件。");
        return enqueue(Job.Kind.RENDER, who, districtId, fiscalYear, null);
    }

    public Job get(Account who, long id) {
        return store.byId(id).filter(j -> j.owner().equals(who.username()))
                .orElseThrow(() -> new NotFound("没有编号为 " + id + " 的任务（或不是您发起的）。"));
    }

    private Job enqueue(Job.Kind kind, Account who, long districtId, Integer year, String input) {
        long id = transaction.execute(status -> {
            long jobId = store.create(kind, who.username(), districtId, year, input);
            scheduler.schedule(task.instance("job-" + jobId, jobId), Instant.now());
            return jobId;
        });
        return store.byId(id).orElseThrow();
    }

    private void requireDistrict(long districtId) {
        if (districts.byId(districtId).isEmpty()) throw new NotFound("没有编号为 " + districtId + " 的区县。");
    }

    /** Writes to a temporary file beside the target, then renames it: a full disk leaves no partial upload behind. */
    private Path storeWhole(InputStream in) {
        Path target = uploads.resolve(UUID.randomUUID() + ".zip");
        Path partial = uploads.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(uploads);
            Files.copy(in, partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new Unavailable("服务器无法保存上传的文件（目录 " + uploads + " 不可写或磁盘已满：" + e.getClass().getSimpleName()
                    + "），没有保存任何内容；请联系管理员处理后重新上传。");
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort: the path is a temporary file of ours
        }
    }
}
