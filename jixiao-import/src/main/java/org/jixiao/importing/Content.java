package org.jixiao.importing;

/** What the first bytes of a file say it is, whatever its name says. */
public enum Content {
    ZIP("ZIP 压缩包"), OLE2("OLE2 复合文档（加密的 Office 文件或旧版 .doc/.xls）"), PDF("PDF"), TEXT("文本");

    final String label;

    Content(String label) {
        this.label = label;
    }

    static Content sniff(byte[] b) {
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7)) return ZIP;
        if (b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) return OLE2;
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') return PDF;
        return TEXT;
    }
}
