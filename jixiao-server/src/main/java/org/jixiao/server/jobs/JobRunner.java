package org.jixiao.server.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jixiao.importing.DocumentImporter;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.jixiao.rendering.OfficialDocuments;
import org.jixiao.rendering.RenderFormat;
import org.jixiao.rendering.RenderingException;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Accounts;
import org.jixiao.server.problems.Problem;
import org.jixiao.server.reports.Edit;
import org.jixiao.server.reports.ReportFilter;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
import org.jixiao.server.workflow.Workflow;
import org.jixiao.server.years.FiscalYears;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Runs a job, item by item, on whichever instance picked it. Each item's work and its {@code job_items} row commit in
 * one transaction, and a resumed job skips the items it already took, so a job restarted after a crash neither
 * repeats nor loses work. Files live in the database ({@link JobFiles}): a rendered document is stored in the
 * transaction of its item, so a killed instance leaves no partial file; an import reads its upload chunk by chunk
 * from the database, and the upload is removed in the transaction that finishes the job.
 */
@Component
class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private final JobStore store;
    private final JobFiles files;
    private final Reports reports;
    private final Units units;
    private final FiscalYears years;
    private final Accounts accounts;
    private final Workflow workflow;
    private final ReportJson json;
    private final TransactionTemplate transaction;
    private final long maxFileBytes;
    private final long itemPauseMillis;
    private final DocumentImporter importer = new DocumentImporter();
    private final OfficialDocuments documents = new OfficialDocuments();

    JobRunner(JobStore store, JobFiles files, Reports reports, Units units, FiscalYears years, Accounts accounts, Workflow workflow,
            ReportJson json, TransactionTemplate transaction, @Value("${jixiao.jobs.max-file-size:50MB}") DataSize maxFileSize,
            @Value("${jixiao.jobs.item-pause-millis:0}") long itemPauseMillis) {
        this.store = store;
        this.files = files;
        this.reports = reports;
        this.units = units;
        this.years = years;
        this.accounts = accounts;
        this.workflow = workflow;
        this.json = json;
        this.transaction = transaction;
        this.maxFileBytes = maxFileSize.toBytes();
        this.itemPauseMillis = itemPauseMillis;
    }

    void run(long jobId) {
        Job job = store.byId(jobId).orElse(null);
        if (job == null || job.state() == Job.State.SUCCEEDED || job.state() == Job.State.FAILED) return; // done before a crash
        Account owner = accounts.byUsername(job.owner()).orElse(null);
        try {
            if (owner == null) throw new JobFailed("发起任务的账户 " + job.owner() + " 已不存在。");
            String result = switch (job.kind()) {
                case PUBLISH -> publish(job, owner);
                case RENDER -> render(job);
                case IMPORT -> importZip(job, owner);
            };
            Job now = store.byId(jobId).orElseThrow();
            finish(job, Job.State.SUCCEEDED, result + "（成功 " + now.done() + " 项，失败 " + now.failed() + " 项）");
        } catch (JobFailed e) {
            finish(job, Job.State.FAILED, e.getMessage());
        } catch (DataAccessException e) {
            throw e; // the database is away: db-scheduler retries the job later, and it resumes where it stopped
        } catch (RuntimeException e) {
            LOG.warn("Job {} failed", jobId, e);
            finish(job, Job.State.FAILED, "任务意外中止：" + e.getClass().getSimpleName() + "；已完成的部分已保存，请联系管理员。");
        }
    }

    /** Marks the job done; an import's upload goes in the same transaction (a resumed job still finds it before). */
    private void finish(Job job, Job.State state, String message) {
        transaction.executeWithoutResult(status -> {
            if (job.kind() == Job.Kind.IMPORT) files.delete(job.id(), JobFiles.Purpose.UPLOAD);
            store.finish(job.id(), state, message);
        });
    }

    private String publish(Job job, Account owner) {
        List<ReportSummary> approved = reports.list(new ReportFilter(null, job.districtId(), ReportState.APPROVED, job.fiscalYear(), false));
        Set<String> taken = store.itemsTaken(job.id());
        store.start(job.id(), approved.size() + taken.size());
        for (ReportSummary r : approved) {
            String key = "report-" + r.id();
            if (taken.contains(key)) continue;
            pause();
            try {
                transaction.executeWithoutResult(status -> {
                    long lock = reports.current(r.id()).orElseThrow().lockVersion();
                    workflow.publish(owner, r.id(), lock);
                    store.item(job.id(), key, "DONE", r.unitName() + " " + r.fiscalYear() + "年度");
                });
            } catch (Problem p) {
                transaction.executeWithoutResult(status -> store.item(job.id(), key, "FAILED", r.unitName() + "：" + p.getMessage()));
            }
        }
        return "公开完成";
    }

    private String render(Job job) {
        List<ReportSummary> published = reports.list(new ReportFilter(null, job.districtId(), null, job.fiscalYear(), true));
        Set<String> taken = store.itemsTaken(job.id());
        store.start(job.id(), published.size());
        for (ReportSummary r : published) {
            String key = "report-" + r.id();
            if (taken.contains(key)) continue;
            pause();
            Report report = json.read(reports.publishedJson(r.id()).orElseThrow());
            String name = r.id() + "-" + OfficialDocuments.fileName(report, RenderFormat.DOCX).replaceAll("[\\\\/:*?\"<>|]", "_");
            byte[] document;
            try {
                document = documents.render(report, RenderFormat.DOCX);
            } catch (RenderingException e) {
                transaction.executeWithoutResult(status -> store.item(job.id(), key, "FAILED", "无法生成 " + name + "：" + e.getMessage()));
                continue;
            }
            if (document.length > maxFileBytes) {
                transaction.executeWithoutResult(status -> store.item(job.id(), key, "FAILED", name + " 为 "
                        + ZipUpload.size(document.length) + "，超过单个文件 " + ZipUpload.size(maxFileBytes) + " 的上限，未保存。"));
                continue;
            }
            // The document and its item commit together: a crash before the commit leaves neither, and the resumed job
            // renders it again; after the commit the item is taken and the document is whole.
            transaction.executeWithoutResult(status -> {
                try (OutputStream out = files.create(job.id(), JobFiles.Purpose.EXPORT, name)) {
                    out.write(document);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                store.item(job.id(), key, "DONE", name);
            });
        }
        return "已生成 " + files.list(job.id(), JobFiles.Purpose.EXPORT).size() + " 个公开文件（DOCX），可下载压缩包";
    }

    private String importZip(Job job, Account owner) {
        JobFiles.StoredFile upload = files.list(job.id(), JobFiles.Purpose.UPLOAD).stream().findFirst()
                .orElseThrow(() -> new JobFailed("找不到上传的压缩包（可能已被删除），请重新上传。"));
        Set<String> taken = store.itemsTaken(job.id());
        store.start(job.id(), job.total());
        Set<String> seen = new HashSet<>();
        try (var zip = new ZipInputStream(files.open(upload), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String key = entry.getName();
                if (entry.isDirectory() || !seen.add(key) || taken.contains(key)) continue; // a repeated name counts once
                pause();
                String outcome;
                String detail;
                Report report = null;
                try {
                    report = read(key, readLimited(zip));
                    outcome = "DONE";
                    detail = null;
                } catch (IllegalArgumentException | IOException | org.jixiao.importing.UnreadableDocumentException
                        | org.jixiao.report.json.ReportFormatException e) {
                    outcome = "FAILED";
                    detail = "无法读取 " + key + "：" + e.getMessage();
                }
                Report content = report;
                String[] result = {outcome, detail};
                transaction.executeWithoutResult(status -> {
                    if (content != null) {
                        String[] created = create(job, owner, key, content);
                        result[0] = created[0];
                        result[1] = created[1];
                    }
                    store.item(job.id(), key, result[0], result[1]);
                });
            }
        } catch (IOException e) {
            throw new JobFailed("压缩包无法读取（" + e.getMessage() + "），请检查后重新上传。");
        }
        return "导入完成";
    }

    private String[] create(Job job, Account owner, String key, Report report) {
        String code = report.header().unitCode();
        if (code == null || code.isBlank()) return new String[] {"FAILED", key + "：报告未写明单位代码，无法归属单位。"};
        if (!years.byYear(report.header().fiscalYear()).map(y -> y.open()).orElse(true)) {
            return new String[] {"SKIPPED", key + "：" + report.header().fiscalYear() + "年度已关闭，不能新建该年度的报告；如需补报请联系管理员重新开放该年度。"};
        }
        Unit unit = units.byCode(code).orElse(null);
        if (unit == null) unit = units.add(code, report.header().unitName(), job.districtId());
        if (unit.districtId() != job.districtId()) return new String[] {"FAILED", key + "：单位 " + code + " 属于其他区县，未导入。"};
        years.ensure(report.header().fiscalYear());
        long unitId = unit.id();
        if (reports.list(new ReportFilter(unitId, null, null, report.header().fiscalYear(), false)).size() > 0) {
            return new String[] {"SKIPPED", key + "：单位 " + code + " 已有" + report.header().fiscalYear() + "年度报告，未覆盖。"};
        }
        reports.create(unitId, report, Edit.by(owner.username(), "批量导入 " + key));
        return new String[] {"DONE", key};
    }

    private Report read(String name, byte[] bytes) throws org.jixiao.importing.UnreadableDocumentException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) return json.read(new String(bytes, StandardCharsets.UTF_8));
        return importer.importBytes(name, bytes).report();
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > ZipUpload.MAX_ENTRY) throw new IOException("文件超过 50 MB");
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void pause() {
        if (itemPauseMillis <= 0) return;
        try {
            Thread.sleep(itemPauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A job that cannot go on, with a message for its owner. */
    static final class JobFailed extends RuntimeException {
        JobFailed(String message) {
            super(message, null, false, false);
        }
    }
}
