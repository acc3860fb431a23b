package dev.teawasi.engine.internal.script;

/** The script itself is unusable: malformed JSON, a missing field, or a value that cannot be parsed. */
public class ScriptException extends RuntimeException {
    public ScriptException(String message) {
        super(message);
    }
}
