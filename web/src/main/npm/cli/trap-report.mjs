// The text printed for a trap, bounded whatever the guest did; the same text as the JVM's
// (dev.teawasi.demo.TrapReport): message and frames cut to a few hundred characters with control characters
// escaped, and a deep stack shown as its innermost and outermost frames with a count of the ones left out.
export const INNER_FRAMES = 10;
export const OUTER_FRAMES = 5;
export const MAX_MESSAGE = 500;
export const MAX_FRAME = 200;

/** At most max UTF-16 units (not splitting a surrogate pair), control characters as \xNN. */
export function clip(s, max) {
  let end = s.length;
  let more = '';
  if (end > max) {
    const c = s.charCodeAt(max - 1);
    end = c >= 0xd800 && c <= 0xdbff ? max - 1 : max;
    more = `...(${s.length - end} more characters)`;
  }
  return s.slice(0, end).replace(/[\x00-\x1f\x7f]/g, (ch) => '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0'))
    + more;
}

export function formatTrap(message, stack, when) {
  let out = 'teawasi: wasm trap' + (when ? ' ' + when : '') + ': ' + clip(String(message), MAX_MESSAGE) + '\n';
  const n = stack ? stack.length : 0;
  if (n > 0) {
    out += 'wasm backtrace:\n';
    const elide = n > INNER_FRAMES + OUTER_FRAMES + 1;
    for (let i = 0; i < n; i++) {
      if (elide && i === INNER_FRAMES) {
        out += `  ... ${n - INNER_FRAMES - OUTER_FRAMES} frames omitted ...\n`;
        i = n - OUTER_FRAMES - 1;
        continue;
      }
      out += `  ${i}: ${clip(String(stack[i]), MAX_FRAME)}\n`;
    }
  }
  return out;
}
