package org.jixiao.server.jobs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.problems.TooLarge;

/**
 * Copies an uploaded zip into its job file while reading it once as a zip on the way through, so that a bulk import
 * is checked before it is queued: it must be a readable zip of at most {@code maxBytes}, with at least one file, every
 * file at most {@link #MAX_ENTRY} bytes unpacked and a name the job can record. Nothing is buffered beyond the zip
 * reader's own small buffers; the caller's transaction discards the copy when this throws.
 */
final class ZipUpload {

    /** The most a file inside the zip may unpack to (as for a single document import, docs/importing.md). */
    static final long MAX_ENTRY = 50L * 1024 * 1024;
    /** The longest entry name a job item can record ({@code job_items.item_key}). */
    static final int MAX_NAME = 500;

    private ZipUpload() {}

    /** Copies {@code upload} to {@code sink}; answers the number of distinct files in the zip. */
    static int copy(InputStream upload, OutputStream sink, long maxBytes) {
        var tee = new Tee(upload, sink, maxBytes);
        Set<String> names = new HashSet<>();
        try {
            var zip = new ZipInputStream(tee, StandardCharsets.UTF_8);
            byte[] scratch = new byte[65536];
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.length() > MAX_NAME) {
                    throw new Invalid("压缩包中的文件名过长（超过 " + MAX_NAME + " 个字符）：" + name.substring(0, 60)
                            + "…；没有保存任何内容，请缩短文件名后重新上传。");
                }
                long unpacked = 0;
                for (int n; (n = zip.read(scratch)) > 0; ) {
                    unpacked += n;
                    if (unpacked > MAX_ENTRY) {
                        throw new Invalid("压缩包中的 " + name + " 解压后超过 50 MB（单个报告文件的上限）；没有保存任何内容，"
                                + "请去掉或拆分该文件后重新上传。");
                    }
                }
                if (!entry.isDirectory()) names.add(name);
            }
            if (!tee.startsLikeZip()) {
                throw new Invalid("上传的文件不是 zip 压缩包；没有保存任何内容。请把各单位的报告文件压缩成 .zip 后上传。");
            }
            tee.transferTo(OutputStream.nullOutputStream()); // the rest (central directory) goes into the copy as well
        } catch (IllegalArgumentException e) {
            throw new Invalid("压缩包中的文件名不是 UTF-8 编码（常见于旧版 Windows 自带的压缩）；没有保存任何内容。"
                    + "请用 7-Zip 等工具以 UTF-8 文件名重新压缩后上传。");
        } catch (ZipException e) {
            throw new Invalid("压缩包已损坏，无法读取（" + e.getMessage() + "）；没有保存任何内容，请重新压缩后上传。");
        } catch (IOException e) {
            throw new Invalid("压缩包不完整或无法读取（" + e.getClass().getSimpleName() + "）；没有保存任何内容，请重新上传。");
        }
        if (names.isEmpty()) throw new Invalid("压缩包中没有文件；没有保存任何内容。请放入各单位的报告文件后重新上传。");
        return names.size();
    }

    /** "50 MB", "64 KB" or "1000 字节". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
        if (bytes >= 1024 && bytes % 1024 == 0) return bytes / 1024 + " KB";
        return bytes + " 字节";
    }

    /** Passes every byte read on to the sink, counting them against the limit; remembers the first four. */
    private static final class Tee extends FilterInputStream {

        private final OutputStream sink;
        private final long max;
        private final byte[] head = new byte[4];
        private long count;

        Tee(InputStream in, OutputStream sink, long max) {
            super(in);
            this.sink = sink;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n <= 0) return n;
            for (int i = 0; i < n && count + i < head.length; i++) head[(int) count + i] = b[off + i];
            count += n;
            if (count > max) {
                throw new TooLarge("上传的压缩包超过 " + size(max) + " 的上限；没有保存任何内容，请分成几个较小的压缩包分别上传。");
            }
            sink.write(b, off, n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 65536)];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) break;
                skipped += r;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** A local file header ({@code PK\3\4}) or the end record of an empty zip ({@code PK\5\6}). */
        boolean startsLikeZip() {
            return count >= 4 && head[0] == 'P' && head[1] == 'K' && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
        }
    }
}
