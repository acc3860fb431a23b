/**
 * The one seam between the engine and the platform it runs on: {@link dev.teawasi.engine.internal.platform.Platform}
 * (the operations whose fastest exact form differs between the JVM and TeaVM's JavaScript), its JVM implementation
 * (the default), {@link dev.teawasi.engine.internal.platform.BigIntPlatform} (portable forms for where a long is a
 * BigInt, which the JS build extends), and {@link dev.teawasi.engine.internal.platform.CurrentPlatform}, the constant
 * the engine reads. Installed once at start-up, never changed.
 */
package dev.teawasi.engine.internal.platform;
