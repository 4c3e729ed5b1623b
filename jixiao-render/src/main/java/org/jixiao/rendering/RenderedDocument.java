package org.jixiao.rendering;

import java.util.Arrays;
import java.util.Objects;

/**
 * One rendered document, ready to be sent or saved: its bytes, a file name ({@code 2024-<单位>-部门决算.pdf}) and
 * the media type of its format. The file name is Chinese: in a {@code Content-Disposition} header give it as
 * {@code filename*=UTF-8''<percent-encoded>} (RFC 6266/5987) beside an ASCII {@code filename}.
 */
public record RenderedDocument(byte[] bytes, String fileName, String mediaType, RenderFormat format) {

    public RenderedDocument {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(format, "format");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedDocument d && Arrays.equals(bytes, d.bytes) && fileName.equals(d.fileName)
                && mediaType.equals(d.mediaType) && format == d.format;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(bytes), fileName, mediaType, format);
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
