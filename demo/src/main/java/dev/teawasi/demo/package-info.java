/**
 * The JVM command line ({@code teawasi.jar}: {@code run}, {@code sections}, {@code spectest}, {@code serve}), one
 * class per subcommand, host directory mounts for {@code run --dir}, and the demo page's HTTP server.
 */
package dev.teawasi.demo;
