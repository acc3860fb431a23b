package dev.teawasi.demo;

import dev.teawasi.wasi.host.InputSource;
import dev.teawasi.wasi.host.OutputSink;
import dev.teawasi.wasi.host.StreamInput;
import dev.teawasi.wasi.host.StreamOutput;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;

/**
 * The JVM process's own stdin/stdout/stderr as WASI host services: unbuffered (the guest's libc buffers), streamed,
 * never read up front. A closed pipe (e.g. `| head`) makes the guest's write fail with EIO.
 */
final class StdioStreams {
    private StdioStreams() {}

    static InputSource stdin() {
        return new StreamInput(new FileInputStream(FileDescriptor.in));
    }

    static OutputSink stdout() {
        return new StreamOutput(new FileOutputStream(FileDescriptor.out));
    }

    static OutputSink stderr() {
        return new StreamOutput(new FileOutputStream(FileDescriptor.err));
    }
}
