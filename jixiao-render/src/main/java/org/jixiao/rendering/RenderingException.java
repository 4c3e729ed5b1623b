package org.jixiao.rendering;

/** A document cannot be rendered on this machine (a missing font, an unwritable output), with the fix in Chinese. */
public class RenderingException extends RuntimeException {

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
