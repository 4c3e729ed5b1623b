package org.jixiao.server.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.problems.Conflict;
import org.jixiao.server.problems.Forbidden;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.problems.NotFound;
import org.jixiao.server.units.District;
import org.jixiao.server.units.Districts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Enqueues long jobs and shows them, with the access rules in the service layer: bulk import of a zip of reports into
 * a district is for administrators; publishing all approved reports of a district is for that district's reviewer;
 * rendering a district's published documents for its reviewer or an administrator. A job is visible to the account
 * that started it, to the reviewer of its district and to administrators (anyone else: "not found"). The job row,
 * its uploaded zip and its queue entry are written in one transaction, so a job is never queued without its row or
 * its upload, and a refused upload leaves nothing. A finished render job's documents are downloaded as one zip.
 */
@Service
public class Jobs {

    /** How many jobs the jobs page and {@code GET /api/v1/jobs} show. */
    static final int RECENT = 50;

    /** What a finished render job offers for download: its documents and the zip's file names. */
    public record Result(Job job, String fileName, String asciiFileName, List<JobFiles.StoredFile> files) {}

    private final JobStore store;
    private final JobFiles files;
    private final Districts districts;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Long> task;
    private final TransactionTemplate transaction;
    private final long maxFileBytes;

    Jobs(JobStore store, JobFiles files, Districts districts, SchedulerClient scheduler, OneTimeTask<Long> jixiaoJobTask,
            TransactionTemplate transaction, @Value("${jixiao.jobs.max-file-size:50MB}") DataSize maxFileSize) {
        this.store = store;
        this.files = files;
        this.districts = districts;
        this.scheduler = scheduler;
        this.task = jixiaoJobTask;
        this.transaction = transaction;
        this.maxFileBytes = maxFileSize.toBytes();
    }

    /**
     * Stores the uploaded zip in the database, checked on the way (a zip, at most {@code jixiao.jobs.max-file-size},
     * files of at most 50 MB each), and enqueues its import into the district; all in one transaction.
     */
    public Job enqueueImport(Account who, long districtId, String fileName, InputStream zip) {
        if (who.role() != Role.ADMIN) throw new Forbidden("只有管理员可以批量导入报告。");
        requireDistrict(districtId);
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new Invalid("请上传 .zip 压缩包（内含各单位报告的 JSON、DOCX、XLSX、PDF 或文本文件）。");
        }
        long id = transaction.execute(status -> {
            long jobId = store.create(Job.Kind.IMPORT, who.username(), districtId, null);
            int entries;
            try (OutputStream out = files.create(jobId, JobFiles.Purpose.UPLOAD, uploadName(fileName))) {
                entries = ZipUpload.copy(zip, out, maxFileBytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            store.expect(jobId, entries);
            scheduler.schedule(task.instance("job-" + jobId, jobId), Instant.now());
            return jobId;
        });
        return store.byId(id).orElseThrow();
    }

    /** Enqueues publishing every APPROVED report of the district (of one year, or all years). */
    public Job enqueuePublish(Account who, long districtId, Integer fiscalYear) {
        requireDistrict(districtId);
        if (!who.reviews(districtId)) throw new Forbidden("只有本区的财政审核人可以批量公开报告。");
        return enqueue(Job.Kind.PUBLISH, who, districtId, fiscalYear);
    }

    /** Enqueues rendering the published documents of the district (of one year, or all years) as DOCX files. */
    public Job enqueueRender(Account who, long districtId, Integer fiscalYear) {
        requireDistrict(districtId);
        if (!mayRender(who, districtId)) throw new Forbidden("只有本区的财政审核人或管理员可以批量生成公开文件。");
        return enqueue(Job.Kind.RENDER, who, districtId, fiscalYear);
    }

    public Job get(Account who, long id) {
        return store.byId(id).filter(j -> sees(who, j)).orElseThrow(() -> missing(id));
    }

    /** The newest jobs the account may see (at most {@value #RECENT}), newest first. */
    public List<Job> recent(Account who) {
        if (who.role() == Role.ADMIN) return store.recent(who.username(), null, true, RECENT);
        Long district = who.scope() instanceof Scope.OfDistrict d ? d.districtId() : null;
        return store.recent(who.username(), district, false, RECENT);
    }

    /** The districts the account may start jobs for (the jobs page): a reviewer's own, all for an administrator. */
    public List<District> districtsFor(Account who) {
        if (who.role() == Role.ADMIN) return districts.all();
        if (who.scope() instanceof Scope.OfDistrict d) return districts.byId(d.districtId()).stream().toList();
        throw new Forbidden("批量任务只对财政审核人和管理员开放。");
    }

    /**
     * The documents of a finished render job, for whoever may see the job: not found for anyone else and for jobs
     * that make no documents; a conflict while the job is queued or running, or when it failed.
     */
    public Result result(Account who, long id) {
        Job job = get(who, id);
        if (job.kind() != Job.Kind.RENDER) throw new NotFound("任务 " + id + " 不是生成公开文件的任务，没有可下载的文件。");
        switch (job.state()) {
            case QUEUED, RUNNING -> throw new Conflict("任务 " + id + " 尚未完成（已处理 " + (job.done() + job.failed()) + "／" + job.total()
                    + " 份报告），完成后才能下载；请稍后刷新再试。");
            case FAILED -> throw new Conflict("任务 " + id + " 未能完成（" + job.message() + "），没有可下载的完整结果；请重新发起任务。");
            case SUCCEEDED -> { }
        }
        String district = districts.byId(job.districtId()).map(District::name).orElse("区县" + job.districtId());
        String year = job.fiscalYear() == null ? "全部年度" : job.fiscalYear() + "年度";
        return new Result(job, district + year + "公开文件-任务" + id + ".zip", "job-" + id + "-documents.zip",
                files.list(id, JobFiles.Purpose.EXPORT));
    }

    /**
     * Writes the result as one zip, one stored document after another and each a chunk at a time, so a district's
     * documents are never in memory together. DOCX files are zips already: they are stored with the fastest level.
     */
    public void writeZip(Result result, OutputStream out) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        for (JobFiles.StoredFile file : result.files()) {
            zip.putNextEntry(new ZipEntry(file.name()));
            try (InputStream in = files.open(file)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private Job enqueue(Job.Kind kind, Account who, long districtId, Integer year) {
        long id = transaction.execute(status -> {
            long jobId = store.create(kind, who.username(), districtId, year);
            scheduler.schedule(task.instance("job-" + jobId, jobId), Instant.now());
            return jobId;
        });
        return store.byId(id).orElseThrow();
    }

    private static boolean mayRender(Account who, long districtId) {
        return who.reviews(districtId) || who.role() == Role.ADMIN;
    }

    private static boolean sees(Account who, Job job) {
        return job.owner().equals(who.username()) || who.role() == Role.ADMIN || who.reviews(job.districtId());
    }

    private void requireDistrict(long districtId) {
        if (districts.byId(districtId).isEmpty()) throw new NotFound("没有编号为 " + districtId + " 的区县。");
    }

    /** The uploaded file's own name without any path (it is only shown, never used as a path). */
    private static String uploadName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static NotFound missing(long id) {
        return new NotFound("没有编号为 " + id + " 的任务（或您无权查看）。");
    }
}
