// A terminal-like output area: stdout and stderr bytes decoded as UTF-8 streams, typed input echoed, messages
// from the page itself set apart.

export class Terminal {
  constructor(element) {
    this.element = element;
    this.decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  }

  clear() {
    this.element.replaceChildren();
    this.decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  }

  /** Appends a chunk of a guest stream ('stdout' or 'stderr'). */
  write(stream, bytes) {
    this.append(stream, this.decoders[stream].decode(bytes, { stream: true }));
  }

  /** Appends what the user typed (programs see it on stdin; there is no tty to echo it). */
  echo(text) {
    this.append('stdin', text);
  }

  /** Appends a line from the page (status, errors), on a line of its own. */
  note(text, kind = 'note') {
    const last = this.element.lastChild;
    if (last && !last.textContent.endsWith('\n')) {
      this.append('stdout', '\n');
    }
    this.append(kind, text + '\n');
  }

  append(kind, text) {
    if (text.length === 0) {
      return;
    }
    const last = this.element.lastChild;
    if (last && last.dataset.kind === kind) {
      last.textContent += text;
    } else {
      const span = document.createElement('span');
      span.dataset.kind = kind;
      span.className = 'term-' + kind;
      span.textContent = text;
      this.element.appendChild(span);
    }
    this.element.scrollTop = this.element.scrollHeight;
  }

  /** Everything shown, as plain text. */
  text() {
    return this.element.textContent;
  }
}
