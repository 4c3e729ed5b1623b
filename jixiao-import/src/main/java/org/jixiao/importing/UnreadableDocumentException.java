package org.jixiao.importing;

/**
 * A document the importer refuses to read (无法读取的文件): it names the file, the place when there is one,
 * the reason in one Chinese line and what the user can do about it. The CLI and web layers print
 * {@link #getMessage()}; a user never sees a stack trace.
 */
public final class UnreadableDocumentException extends Exception {

    private final String file;
    private final String place;
    private final String reason;
    private final String fix;

    public UnreadableDocumentException(String file, String place, String reason, String fix) {
        this(file, place, reason, fix, null);
    }

    public UnreadableDocumentException(String file, String place, String reason, String fix, Throwable cause) {
        super(format(file, place, reason, fix), cause);
        this.file = file;
        this.place = place;
        this.reason = reason;
        this.fix = fix;
    }

    public static UnreadableDocumentException of(String file, String reason, String fix) {
        return new UnreadableDocumentException(file, null, reason, fix);
    }

    public String file() {
        return file;
    }

    public String place() {
        return place;
    }

    public String reason() {
        return reason;
    }

    public String fix() {
        return fix;
    }

    private static String format(String file, String place, String reason, String fix) {
        StringBuilder s = new StringBuilder("无法读取文件 ").append(file);
        if (place != null && !place.isBlank()) s.append(" ").append(place);
        s.append("：").append(reason);
        if (fix != null && !fix.isBlank()) s.append("。").append(fix);
        return s.toString().replace('\n', ' ');
    }
}
