package org.jixiao.server.jobs.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jixiao.server.jobs.JobFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * {@link JobFiles} in {@code job_files} (one row per file) and {@code job_file_chunks} (its content in chunks of
 * {@link JobFiles#CHUNK} bytes, numbered from 0). Writing inserts a chunk whenever one is full; reading fetches one
 * chunk per query by primary key, so a download holds a connection only for the moment of each query.
 */
@Repository
class JdbcJobFiles implements JobFiles {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcJobFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public OutputStream create(long jobId, Purpose purpose, String name) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO job_files (job_id, purpose, name, size_bytes, chunks, created_at)
                VALUES (:job, :purpose, :name, 0, 0, :now)""")
                .param("job", jobId).param("purpose", purpose.name()).param("name", name)
                .param("now", OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .update(key, "id");
        return new ChunkWriter(key.getKey().longValue());
    }

    @Override
    public List<StoredFile> list(long jobId, Purpose purpose) {
        return jdbc.sql("SELECT id, name, size_bytes FROM job_files WHERE job_id = ? AND purpose = ? ORDER BY name")
                .params(jobId, purpose.name())
                .query((rs, n) -> new StoredFile(rs.getLong("id"), rs.getString("name"), rs.getLong("size_bytes"))).list();
    }

    @Override
    public InputStream open(StoredFile file) {
        return new ChunkReader(file);
    }

    @Override
    public void delete(long jobId, Purpose purpose) {
        jdbc.sql("DELETE FROM job_file_chunks WHERE file_id IN (SELECT id FROM job_files WHERE job_id = ? AND purpose = ?)")
                .params(jobId, purpose.name()).update();
        jdbc.sql("DELETE FROM job_files WHERE job_id = ? AND purpose = ?").params(jobId, purpose.name()).update();
    }

    /** Buffers one chunk and inserts it when full; {@link #close()} inserts the rest and records size and chunk count. */
    private final class ChunkWriter extends OutputStream {

        private final long fileId;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private int chunks;
        private long size;
        private boolean closed;

        ChunkWriter(long fileId) {
            this.fileId = fileId;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) throw new IOException("job file " + fileId + " is closed");
            while (len > 0) {
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                size += n;
                off += n;
                len -= n;
                if (filled == CHUNK) insertChunk();
            }
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            if (filled > 0) insertChunk();
            jdbc.sql("UPDATE job_files SET size_bytes = ?, chunks = ? WHERE id = ?").params(size, chunks, fileId).update();
        }

        private void insertChunk() {
            byte[] data = filled == CHUNK ? buffer : Arrays.copyOf(buffer, filled);
            jdbc.sql("INSERT INTO job_file_chunks (file_id, chunk, data) VALUES (?, ?, ?)").params(fileId, chunks, data).update();
            chunks++;
            filled = 0;
        }
    }

    /** Fetches chunk after chunk as the content is read; checks at the end that the file is whole. */
    private final class ChunkReader extends InputStream {

        private final StoredFile file;
        private byte[] current = new byte[0];
        private int position;
        private int next;
        private long read;
        private boolean ended;

        ChunkReader(StoredFile file) {
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            while (position == current.length) {
                if (ended) return -1;
                Optional<byte[]> chunk = jdbc.sql("SELECT data FROM job_file_chunks WHERE file_id = ? AND chunk = ?")
                        .params(file.id(), next).query((rs, n) -> rs.getBytes("data")).optional();
                if (chunk.isEmpty()) {
                    ended = true;
                    if (read != file.size()) throw new IOException("job file " + file.name() + " is incomplete: " + read + " of " + file.size() + " bytes");
                    return -1;
                }
                current = chunk.get();
                position = 0;
                next++;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            read += n;
            return n;
        }

        @Override
        public int available() {
            return current.length - position;
        }
    }
}
