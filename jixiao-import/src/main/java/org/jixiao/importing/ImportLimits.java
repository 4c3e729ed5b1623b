package org.jixiao.importing;

/**
 * Limits that keep one import bounded in memory and time: the largest file accepted (default 50 MB, checked
 * before reading), the largest part of a DOCX/XLSX package once inflated, the total inflated size of a package,
 * the smallest compression ratio accepted (below it the package is treated as a zip bomb), and the most pages
 * read from a PDF.
 */
public record ImportLimits(long maxFileBytes, long maxEntryBytes, long maxTotalInflatedBytes, double minInflateRatio, int maxPdfPages) {

    public static final long MB = 1024L * 1024L;

    public static ImportLimits defaults() {
        return new ImportLimits(50 * MB, 40 * MB, 120 * MB, 0.01, 500);
    }

    public ImportLimits withMaxFileBytes(long bytes) {
        return new ImportLimits(bytes, maxEntryBytes, maxTotalInflatedBytes, minInflateRatio, maxPdfPages);
    }

    public String maxFileLabel() {
        return maxFileBytes % MB == 0 ? (maxFileBytes / MB) + " MB" : maxFileBytes + " 字节";
    }
}
