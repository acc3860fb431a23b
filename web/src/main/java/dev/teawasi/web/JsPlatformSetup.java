package dev.teawasi.web;

/** Installs the JavaScript fast paths of the engine; every TeaVM entry class runs it once in its static block. */
final class JsPlatformSetup {
    private JsPlatformSetup() {
    }

    static void install() {
        TypedArrayFill.install();
        DataViewAccess.install();
        TypedArrayLongHalves.install();
    }
}
