package org.jixiao.cli;

import java.nio.file.Path;

/** An input that cannot be read as a report, with a one-line Chinese reason for the user. */
public class UnreadableInputException extends Exception {

    private final Path file;

    public UnreadableInputException(Path file, String reason) {
        super(reason);
        this.file = file;
    }

    public UnreadableInputException(Path file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The reason on one line. */
    public String reason() {
        return getMessage() == null ? "无法读取" : getMessage().replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
