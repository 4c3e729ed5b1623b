package org.jixiao.importing.ooxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jixiao.importing.Content;
import org.jixiao.importing.ImportLimits;
import org.jixiao.importing.UnreadableDocumentException;

/**
 * Checks a DOCX/XLSX package before POI parses it (安全检查): refuses an OLE2 container (an encrypted OOXML
 * package or an old binary .doc/.xls), a zip whose parts inflate beyond the limits or by a suspicious ratio
 * (zip bomb), and any XML part that declares a DOCTYPE (external entities are never resolved). It also sets
 * POI's own {@link ZipSecureFile} limits explicitly, so the check holds even for parts it streams later.
 */
public final class PackageGuard {

    private final ImportLimits limits;

    public PackageGuard(ImportLimits limits) {
        this.limits = limits;
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
    }

    public void check(String file, byte[] bytes, Content content, String kind) throws UnreadableDocumentException {
        if (content == Content.OLE2) {
            if (isEncrypted(bytes)) {
                throw UnreadableDocumentException.of(file, "这是加密（设置了打开密码）的 " + kind + " 文件", "请在 Office/WPS 中取消密码后另存为 ." + kind + " 再导入");
            }
            throw UnreadableDocumentException.of(file, "这是旧版二进制 Office 文件，不是 ." + kind, "请在 Office/WPS 中另存为 ." + kind + " 再导入");
        }
        if (content != Content.ZIP) {
            throw UnreadableDocumentException.of(file, "文件已损坏：不是有效的 ." + kind + "（ZIP 包）", "请重新从原文件导出");
        }
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                String name = entry.getName();
                boolean xml = name.toLowerCase(Locale.ROOT).endsWith(".xml") || name.toLowerCase(Locale.ROOT).endsWith(".rels");
                long size = scan(zip, file, name, xml);
                total += size;
                if (total > limits.maxTotalInflatedBytes()) throw bomb(file, "解压后总大小超过 " + limits.maxTotalInflatedBytes() / ImportLimits.MB + " MB");
                if (bytes.length > 0 && size > 1_000_000 && (double) bytes.length / size < limits.minInflateRatio()) {
                    throw bomb(file, "部件 " + name + " 的压缩比异常");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // The JDK's zip reader throws IllegalArgumentException for an entry name that is not UTF-8 (a damaged
            // header): the package cannot be opened either way.
            throw new UnreadableDocumentException(file, null, "文件已损坏：ZIP 包无法解开（" + e.getMessage() + "）", "请重新从原文件导出", e);
        }
        if (entries == 0) throw UnreadableDocumentException.of(file, "文件已损坏：ZIP 包中没有内容", "请重新从原文件导出");
    }

    private long scan(InputStream in, String file, String part, boolean xml) throws IOException, UnreadableDocumentException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        int n;
        // Keep the tail of the previous chunk so that "<!DOCTYPE" split across two reads is still found.
        String carry = "";
        while ((n = in.read(buffer)) > 0) {
            size += n;
            if (size > limits.maxEntryBytes()) throw bomb(file, "部件 " + part + " 解压后超过 " + limits.maxEntryBytes() / ImportLimits.MB + " MB");
            if (xml) {
                String chunk = carry + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                String upper = chunk.toUpperCase(Locale.ROOT);
                if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
                    throw UnreadableDocumentException.of(file, "部件 " + part + " 含有 DOCTYPE/实体声明（可能引用外部实体），出于安全原因拒绝读取",
                            "请用 Office/WPS 重新另存为标准文件后导入");
                }
                carry = chunk.substring(Math.max(0, chunk.length() - 16));
            }
        }
        return size;
    }

    private static UnreadableDocumentException bomb(String file, String why) {
        return UnreadableDocumentException.of(file, "疑似 ZIP 炸弹：" + why, "请提交正常导出的文件，或联系管理员调整导入限制");
    }

    private static boolean isEncrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Turns a POI failure into a refusal naming the file; zip-bomb detections get their own reason. */
    public static UnreadableDocumentException refusal(String file, String kind, Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("zip bomb")) return new UnreadableDocumentException(file, null, "疑似 ZIP 炸弹（POI 检测到异常压缩比或过大的部件）", "请提交正常导出的文件", e);
        if (message.contains("DOCTYPE") || message.contains("DTD")) return new UnreadableDocumentException(file, null, "XML 含有 DOCTYPE 声明，出于安全原因拒绝读取", "请用 Office/WPS 重新另存后导入", e);
        return new UnreadableDocumentException(file, null, "文件已损坏，无法作为 ." + kind + " 读取（" + e.getClass().getSimpleName() + "）", "请用 Office/WPS 打开后另存为 ." + kind + " 再导入", e);
    }
}
