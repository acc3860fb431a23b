package dev.teawasi.wasi.host;

/** Bytes for random_get. */
public interface RandomSource {
    void nextBytes(byte[] dst, int off, int len);
}
