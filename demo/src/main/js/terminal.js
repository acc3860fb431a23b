// The page's terminal: xterm.js with the fit addon, plus a line discipline like a tty's canonical mode.
// Typed characters are echoed and edited locally (arrows, Home/End, Backspace/Delete, Ctrl-U/K/W, history);
// Enter hands the line over (to the shell, or to the running program's stdin); Ctrl-D ends the input; Ctrl-C
// interrupts. Program output written while a line is being edited is printed above the line, which is redrawn.
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { CSI, colour } from './ansi.js';
import { routeScriptStylesToAdoptedSheets } from './xterm-styles.js';

const THEME = {
  background: '#14191e',
  foreground: '#e6e9ec',
  cursor: '#8fd9b6',
  selectionBackground: '#3a4750',
  scrollbarSliderBackground: 'rgba(230, 233, 236, 0.18)',
  scrollbarSliderHoverBackground: 'rgba(230, 233, 236, 0.3)',
  scrollbarSliderActiveBackground: 'rgba(230, 233, 236, 0.4)',
};

export class PageTerminal {
  /** element: where xterm renders; its size follows the element (a ResizeObserver refits it). */
  constructor(element) {
    routeScriptStylesToAdoptedSheets();
    this.term = new Terminal({
      convertEol: true,
      cursorBlink: true,
      fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
      fontSize: 14,
      lineHeight: 1.15, // room below the baseline: underscores are not clipped by the next row
      scrollback: 5000,
      theme: THEME,
    });
    this.fit = new FitAddon();
    this.term.loadAddon(this.fit);
    // Tab moves the focus on (the page stays usable with the keyboard alone); the shell has no completion. Alt+P is
    // the page's Pause key: xterm must not also turn it into typed input (ESC p).
    this.term.attachCustomKeyEventHandler((e) => e.key !== 'Tab' && !(e.altKey && (e.key === 'p' || e.key === 'P')));
    this.term.open(element);
    this.refit();
    new ResizeObserver(() => this.refit()).observe(element);
    this.editing = null; // { resolve, prompt, chars, cursor, startCol, historyIndex, saved }
    this.history = [];
    this.pendingInput = ''; // typed while no one was reading (a tty keeps it for the next read)
    this.onInterrupt = null;
    this.onReading = null; // called each time a line starts being read (the page marks its first)
    this.term.onData((data) => this.#input(data));
    this.decoders = new Map();
  }

  refit() {
    try {
      this.fit.fit();
    } catch {
      // not laid out yet (hidden); the next resize fits it
    }
  }

  focus() {
    this.term.focus();
  }

  clear() {
    this.term.clear();
  }

  /** Plain text of the whole buffer (scrollback included), lines trimmed at the right. */
  text() {
    const buffer = this.term.buffer.active;
    const lines = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      if (!line) continue;
      const text = line.translateToString(true);
      if (line.isWrapped && lines.length > 0) {
        lines[lines.length - 1] += text;
      } else {
        lines.push(text);
      }
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  }

  /**
   * Writes text (may hold ANSI sequences). While a line is being edited the text goes above it: the line (with
   * its prompt, when the page drew one) is erased, the text written, and the prompt and line drawn again.
   */
  write(text) {
    const e = this.editing;
    if (!e) {
      this.term.write(text);
      return;
    }
    const cursor = e.cursor;
    this.#moveTo(0);
    // A page prompt is redrawn; a program's own prompt (its output before the read) stays where it is.
    this.term.write(e.prompt ? `\r${CSI}J` : `${CSI}J`);
    this.term.write(text);
    this.#afterWrite(() => {
      if (this.editing !== e) return;
      if (e.prompt && this.term.buffer.active.cursorX !== 0) this.term.write('\r\n');
      this.term.write(e.prompt);
      this.#afterWrite(() => {
        if (this.editing !== e) return;
        e.startCol = this.term.buffer.active.cursorX;
        e.cursor = 0;
        this.#redrawFrom(0);
        this.#moveTo(cursor);
      });
    });
  }

  /** Writes a chunk of a guest stream (bytes, UTF-8 across chunk borders); stderr in red. */
  writeStream(stream, bytes) {
    let decoder = this.decoders.get(stream);
    if (!decoder) {
      decoder = new TextDecoder();
      this.decoders.set(stream, decoder);
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text) this.write(stream === 'stderr' ? colour.red(text) : text);
  }

  /** Starts a fresh line when the cursor is not at the start of one. */
  newlineIfNeeded() {
    return new Promise((resolve) => this.#afterWrite(() => {
      if (this.term.buffer.active.cursorX !== 0) this.term.write('\r\n');
      resolve();
    }));
  }

  /** A line from the page itself (not from a program). */
  async note(text) {
    if (this.editing) {
      this.write(text + '\r\n');
      return;
    }
    await this.newlineIfNeeded();
    this.write(text + '\r\n');
  }

  /**
   * Reads one line with local editing. Resolves with the line (without the newline), or null when the user
   * pressed Ctrl-D on an empty line (or Ctrl-C, which also calls onInterrupt). What was typed ahead (while
   * nobody was reading) is replayed into the new line first.
   */
  readLine(prompt = '', { history = true } = {}) {
    if (this.editing) throw new Error('the terminal is already reading a line');
    return new Promise((resolve) => {
      this.term.write(prompt);
      this.#afterWrite(() => {
        this.editing = {
          resolve, prompt, chars: [], cursor: 0, startCol: this.term.buffer.active.cursorX,
          historyIndex: this.history.length, saved: null, keepHistory: history,
        };
        this.onReading?.();
        if (this.pendingInput) {
          const typed = this.pendingInput;
          this.pendingInput = '';
          this.#input(typed);
        }
      });
    });
  }

  /** Stops reading the current line (e.g. the program ended): the line is dropped. */
  cancelRead() {
    if (!this.editing) return;
    const e = this.editing;
    this.editing = null;
    this.term.write('\r\n');
    e.resolve(null);
  }

  /** Types a whole line into the line being read and presses Enter (the page's buttons use this). */
  submit(text) {
    if (!this.editing) {
      this.pendingInput += text + '\r';
      return;
    }
    this.#setLine(text);
    this.#finishLine(text);
  }

  /** Whether a line is being read right now. */
  reading() {
    return this.editing !== null;
  }

  /** Forgets what was typed ahead. */
  dropTypeahead() {
    this.pendingInput = '';
  }

  #afterWrite(fn) {
    this.term.write('', fn);
  }

  #cols() {
    return this.term.cols;
  }

  /** Moves the cursor from the editing cursor to character offset `to` of the line being edited. */
  #moveTo(to) {
    const e = this.editing;
    const cols = this.#cols();
    const from = e.cursor;
    const rowFrom = Math.floor((e.startCol + from) / cols);
    const rowTo = Math.floor((e.startCol + to) / cols);
    const colTo = (e.startCol + to) % cols;
    let seq = '';
    if (rowTo < rowFrom) seq += `${CSI}${rowFrom - rowTo}A`;
    if (rowTo > rowFrom) seq += `${CSI}${rowTo - rowFrom}B`;
    seq += '\r';
    if (colTo > 0) seq += `${CSI}${colTo}C`;
    this.term.write(seq);
    e.cursor = to;
  }

  /** Rewrites the line from offset `from` to its end, then puts the cursor back where it belongs. */
  #redrawFrom(from) {
    const e = this.editing;
    const target = e.cursor;
    e.cursor = from;
    this.#moveTo(from);
    const tail = e.chars.slice(from).join('');
    this.term.write(`${CSI}J${tail}`);
    const end = e.chars.length;
    if ((e.startCol + end) % this.#cols() === 0 && tail.length > 0) {
      this.term.write(' \b'); // leave the pending-wrap state so the cursor is where the arithmetic says
    }
    e.cursor = end;
    this.#moveTo(target);
  }

  #setLine(text) {
    const e = this.editing;
    this.#moveTo(0);
    e.chars = Array.from(text);
    e.cursor = 0;
    this.#redrawFrom(0);
    this.#moveTo(e.chars.length);
  }

  #finishLine(line) {
    const e = this.editing;
    this.#moveTo(e.chars.length);
    this.term.write('\r\n');
    this.editing = null;
    if (line && e.keepHistory && this.history[this.history.length - 1] !== line) this.history.push(line);
    e.resolve(line);
  }

  #input(data) {
    if (!this.editing) {
      // Typed while no one reads: Ctrl-C still interrupts at once; the rest waits for the next read (a tty's
      // typeahead).
      if (data.includes('\x03') && this.onInterrupt) {
        this.onInterrupt();
        return;
      }
      this.pendingInput += data;
      return;
    }
    let i = 0;
    while (i < data.length) {
      if (!this.editing) {
        // The line ended in the middle of a paste: the rest is for the next reader.
        this.pendingInput += data.slice(i);
        return;
      }
      const key = /^\x1b(\[[0-9;]*[A-Za-z~]|O[A-Za-z])/.exec(data.slice(i, i + 16));
      if (key) {
        this.#escape(key[0]);
        i += key[0].length;
        continue;
      }
      // A run of printable characters is inserted at once (a paste redraws once, not per character).
      let j = i;
      while (j < data.length && data[j] >= ' ' && data[j] !== '\x7f') j++;
      if (j > i) {
        this.#insert(data.slice(i, j));
        i = j;
        continue;
      }
      this.#key(data[i]);
      i += 1;
    }
  }

  #insert(text) {
    const e = this.editing;
    const chars = Array.from(text).filter((ch) => ch >= ' ' || ch === '\t').map((ch) => (ch === '\t' ? ' ' : ch));
    if (chars.length === 0) return;
    e.chars.splice(e.cursor, 0, ...chars);
    const from = e.cursor;
    e.cursor = from;
    const target = from + chars.length;
    this.#redrawFrom(from);
    this.#moveTo(target);
  }

  #key(c) {
    const e = this.editing;
    switch (c) {
      case '\r':
      case '\n':
        this.#finishLine(e.chars.join(''));
        return;
      case '\x7f':
      case '\b':
        if (e.cursor > 0) {
          e.chars.splice(e.cursor - 1, 1);
          const at = e.cursor - 1;
          this.#moveTo(at);
          this.#redrawFrom(at);
        }
        return;
      case '\x03': // Ctrl-C
        this.#moveTo(e.chars.length);
        this.term.write('^C');
        if (this.onInterrupt) {
          e.chars = [];
          this.#finishLine(null);
          this.onInterrupt();
        } else {
          e.chars = [];
          this.#finishLine('');
        }
        return;
      case '\x04': // Ctrl-D: end of input on an empty line, else delete under the cursor
        if (e.chars.length === 0) {
          this.term.write('^D');
          this.#finishLine(null);
        } else if (e.cursor < e.chars.length) {
          e.chars.splice(e.cursor, 1);
          this.#redrawFrom(e.cursor);
        }
        return;
      case '\x01': this.#moveTo(0); return; // Ctrl-A
      case '\x05': this.#moveTo(e.chars.length); return; // Ctrl-E
      case '\x15': { // Ctrl-U: delete to the start
        e.chars.splice(0, e.cursor);
        this.#moveTo(0);
        this.#redrawFrom(0);
        return;
      }
      case '\x0b': // Ctrl-K: delete to the end
        e.chars.length = e.cursor;
        this.#redrawFrom(e.cursor);
        return;
      case '\x17': { // Ctrl-W: delete the word before the cursor
        let at = e.cursor;
        while (at > 0 && e.chars[at - 1] === ' ') at--;
        while (at > 0 && e.chars[at - 1] !== ' ') at--;
        e.chars.splice(at, e.cursor - at);
        this.#moveTo(at);
        this.#redrawFrom(at);
        return;
      }
      case '\x0c': { // Ctrl-L: clear the screen, keep the line
        const text = e.chars.join('');
        const cursor = e.cursor;
        this.term.write(`${CSI}H${CSI}2J`);
        this.term.write(e.prompt);
        this.#afterWrite(() => {
          e.startCol = this.term.buffer.active.cursorX;
          e.cursor = 0;
          e.chars = Array.from(text);
          this.#redrawFrom(0);
          this.#moveTo(cursor);
        });
        return;
      }
      default:
        if (c >= ' ') this.#insert(c);
    }
  }

  #escape(seq) {
    const e = this.editing;
    switch (seq) {
      case '\x1b[D': case '\x1bOD': if (e.cursor > 0) this.#moveTo(e.cursor - 1); return;
      case '\x1b[C': case '\x1bOC': if (e.cursor < e.chars.length) this.#moveTo(e.cursor + 1); return;
      case '\x1b[H': case '\x1bOH': case '\x1b[1~': this.#moveTo(0); return;
      case '\x1b[F': case '\x1bOF': case '\x1b[4~': this.#moveTo(e.chars.length); return;
      case '\x1b[3~':
        if (e.cursor < e.chars.length) {
          e.chars.splice(e.cursor, 1);
          this.#redrawFrom(e.cursor);
        }
        return;
      case '\x1b[A': case '\x1bOA':
        if (e.keepHistory && e.historyIndex > 0) {
          if (e.historyIndex === this.history.length) e.saved = e.chars.join('');
          e.historyIndex--;
          this.#setLine(this.history[e.historyIndex]);
        }
        return;
      case '\x1b[B': case '\x1bOB':
        if (e.keepHistory && e.historyIndex < this.history.length) {
          e.historyIndex++;
          this.#setLine(e.historyIndex === this.history.length ? e.saved ?? '' : this.history[e.historyIndex]);
        }
        return;
      default:
        // other keys (F1..., PgUp) do nothing in a line editor
    }
  }
}
