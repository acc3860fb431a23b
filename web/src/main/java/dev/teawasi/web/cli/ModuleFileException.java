package dev.teawasi.web.cli;

/** A module or script file that cannot be read; the message says why in one line, without the file name. */
public final class ModuleFileException extends Exception {
    public ModuleFileException(String message) {
        super(message);
    }
}
