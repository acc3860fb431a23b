package dev.teawasi.demo;

import dev.teawasi.wasi.host.HostIOException;
import dev.teawasi.wasi.host.InputSource;
import dev.teawasi.wasi.host.OutputSink;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The JVM process's own stdin/stdout/stderr as WASI host services: unbuffered, streamed, never read up front. */
final class StdioStreams {
    private StdioStreams() {
    }

    static InputSource stdin() {
        return new ProcessInput(new FileInputStream(FileDescriptor.in));
    }

    static OutputSink stdout() {
        return new ProcessOutput(new FileOutputStream(FileDescriptor.out));
    }

    static OutputSink stderr() {
        return new ProcessOutput(new FileOutputStream(FileDescriptor.err));
    }

    /** Blocking reads: a guest read waits for the next bytes as a native program would. */
    private static final class ProcessInput implements InputSource {
        private final InputStream in;
        private boolean eof;

        ProcessInput(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(byte[] dst, int off, int len) {
            if (eof) {
                return EOF;
            }
            try {
                int n = in.read(dst, off, len);
                if (n < 0) {
                    eof = true;
                    return EOF;
                }
                return n;
            } catch (IOException e) {
                eof = true;
                return EOF;
            }
        }

        @Override
        public int available() {
            if (eof) {
                return EOF;
            }
            try {
                int n = in.available();
                return n > 0 ? n : 0;
            } catch (IOException e) {
                return EOF;
            }
        }
    }

    private static final class ProcessOutput implements OutputSink {
        private final OutputStream out;

        ProcessOutput(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(byte[] src, int off, int len) {
            try {
                out.write(src, off, len);
            } catch (IOException e) {
                // a closed pipe (e.g. `| head`): the guest's write fails with EIO instead of the run failing
                throw new HostIOException("host stream: " + e.getMessage(), e);
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException ignored) {
                // a closed pipe: nothing to flush into
            }
        }
    }
}
