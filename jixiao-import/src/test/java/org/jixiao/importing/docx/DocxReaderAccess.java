package org.jixiao.importing.docx;

/** Test access to the DOCX reader's package-private helpers. */
public final class DocxReaderAccess {

    private DocxReaderAccess() {
    }

    public static String chinese(int n) {
        return DocxReader.chinese(n);
    }
}
