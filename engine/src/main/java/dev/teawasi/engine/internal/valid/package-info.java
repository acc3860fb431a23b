/**
 * Validation: {@link dev.teawasi.engine.internal.valid.Validator} checks the module level,
 * {@link dev.teawasi.engine.internal.valid.FunctionValidator} each body with explicit operand and control stacks
 * (no recursion, however deep the nesting).
 */
package dev.teawasi.engine.internal.valid;
