package org.jixiao.codes;

/** A code-list data file that cannot be loaded: names the file, the line and the problem. */
public final class CodeListFormatException extends RuntimeException {

    public CodeListFormatException(String file, int line, String reason) {
        super(file + " 第" + line + "行：" + reason);
    }
}
