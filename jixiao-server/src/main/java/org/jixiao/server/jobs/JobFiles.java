package org.jixiao.server.jobs;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The files of jobs, in the database ({@code job_files}, {@code job_file_chunks}, Flyway V8): a bulk import's uploaded
 * zip and a bulk render's documents. Content is written and read one chunk at a time, so neither side holds a whole
 * file in memory; any instance reads what another wrote.
 */
public interface JobFiles {

    /** Size of a chunk: the most any write or read holds in memory. */
    int CHUNK = 1024 * 1024;

    /** What a file is to its job. */
    enum Purpose { UPLOAD, EXPORT }

    /** A stored file: its id, name and size in bytes. */
    record StoredFile(long id, String name, long size) {}

    /**
     * A new file of the job, written through the returned stream; {@link OutputStream#close()} completes it. Use it
     * inside the transaction that should keep or discard the file as a whole: a failure before the commit leaves
     * nothing.
     */
    OutputStream create(long jobId, Purpose purpose, String name);

    /** The job's files of one purpose, by name. */
    List<StoredFile> list(long jobId, Purpose purpose);

    /** The content of a file, read chunk by chunk as the stream is consumed (each chunk one query). */
    InputStream open(StoredFile file);

    /** Removes the job's files of one purpose. */
    void delete(long jobId, Purpose purpose);
}
