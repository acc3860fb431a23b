/**
 * The Java side of the JavaScript API. TeaVM compiles {@link dev.teawasi.web.TeawasiJs} (its static exports) to the
 * internal {@code core.js}; the public ES module is the hand-written {@code web/src/main/js/index.js}, bundled with
 * it by {@code web/bundle.mjs}. The other classes are bridges for one area each, and the typed-array fast paths the
 * engine uses in the JS build. Java exceptions never cross into JavaScript: they become named JS errors.
 */
package dev.teawasi.web;
