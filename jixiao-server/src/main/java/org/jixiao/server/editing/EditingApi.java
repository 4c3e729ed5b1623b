package org.jixiao.server.editing;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.util.List;
import org.jixiao.server.checking.CheckView;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.security.SignedInUser;
import org.jixiao.server.workflow.Workflow;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The report editor's JSON API: open, check unsaved edits, save edits, import a document. */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class EditingApi {

    private final ReportEditing editing;
    private final Workflow workflow;
    EditingApi(ReportEditing editing, Workflow workflow) {
        this.editing = editing;
        this.workflow = workflow;
    }

    /**
     * What the editor shows: the report, its state and lock version, whether its year is open, its check and the
     * 情况说明 drafted from it. {@code report} is the stored canonical JSON, passed through as it is (a JSON object).
     */
    record EditorView(long reportId, int version, long lockVersion, String state, String stateLabel, boolean editable, boolean yearOpen,
            @JsonRawValue @Schema(type = "object", description = "规范 JSON 格式的报告内容") String report, CheckView check,
            List<DraftedView> drafted) {}

    record PreviewRequest(int version, List<CellEdit> edits) {}

    /** The check of the edited content and the 情况说明 drafted from it ({@code drafted}, generated sentences apart). */
    record PreviewView(int currentVersion, boolean stale, CheckView check, List<DraftedView> drafted) {}

    record SaveRequest(long lockVersion, List<CellEdit> edits, String note) {}

    record SavedView(long reportId, int version, long lockVersion, CheckView check, List<String> notes, List<DraftedView> drafted) {}

    @Operation(summary = "打开编辑器：报告内容、状态、锁版本与核查结果")
    @GetMapping("/editor")
    EditorView open(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        EditorState state = editing.open(user.account(), id);
        var s = state.snapshot();
        return new EditorView(s.id(), s.version(), s.lockVersion(), s.state().name(), s.state().label(), state.editable(),
                state.yearOpen(), state.json(),
                CheckView.of(s.version(), state.check(), workflow.explanations(user.account(), id), state.checked().pointers()),
                editing.drafted(state));
    }

    /** Checks the current version with the edits applied and drafts its 情况说明; nothing is saved. */
    @Operation(summary = "试算：套用未保存的修改后核查，并由表格重新生成情况说明语句；不保存")
    @PostMapping("/preview")
    PreviewView preview(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody PreviewRequest request) {
        Preview preview = editing.preview(user.account(), id, request.version(), request.edits());
        return new PreviewView(preview.currentVersion(), preview.stale(),
                CheckView.of(preview.currentVersion(), preview.check(), workflow.explanations(user.account(), id), preview.pointers()),
                preview.drafted());
    }

    @Operation(summary = "保存单元格修改（须带读取时的锁版本）")
    @PutMapping("/content")
    SavedView save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody SaveRequest request) {
        return view(user, editing.save(user.account(), id, request.lockVersion(), request.edits(), request.note()));
    }

    /** Replaces the content with an uploaded DOCX, XLSX, PDF or text report. */
    @Operation(summary = "导入 DOCX/XLSX/PDF/文本报告，替换当前内容")
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    SavedView importDocument(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam long lockVersion,
            @RequestParam("file") MultipartFile file) {
        if (file == null || file.isEmpty()) throw new Invalid("请选择要导入的文件（DOCX、XLSX、PDF 或文本）。");
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new Invalid("上传的文件 " + org.jixiao.server.reports.UploadedReports.safeName(file.getOriginalFilename()) + " 未能完整接收，请重新上传。");
        }
        return view(user, editing.importDocument(user.account(), id, lockVersion, file.getOriginalFilename(), bytes));
    }

    private SavedView view(SignedInUser user, Saved saved) {
        return new SavedView(saved.reportId(), saved.version(), saved.lockVersion(),
                CheckView.of(saved.version(), saved.check(), workflow.explanations(user.account(), saved.reportId()), saved.checked().pointers()),
                saved.notes(), saved.drafted());
    }
}
