package dev.retort.scan;

/** The entity classes cannot be scanned: the message names the class or setting and the reason. */
public final class ScanException extends RuntimeException {

    public ScanException(String message) {
        super(message);
    }

    public ScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
