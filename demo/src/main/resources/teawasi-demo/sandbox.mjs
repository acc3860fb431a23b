// The virtual directory the page mounts for programs ("/" in the guest): a list of mount entries kept between
// runs, shown as a file list where a file can be viewed, downloaded or added from this computer.

const MAX_VIEW_BYTES = 64 * 1024;

export class Sandbox {
  constructor(panel) {
    this.entries = [];
    this.list = panel.querySelector('#file-list');
    this.view = panel.querySelector('#file-view');
    this.viewTitle = panel.querySelector('#file-view-title');
    this.render();
  }

  /** The tree to give startWasi as a mount. */
  mountEntries() {
    return this.entries.map((e) => ({ ...e }));
  }

  /**
   * Takes the tree a run left (run.mounts()[i].entries). Files it reports without data were not changed since
   * they were mounted: they keep the data the page had for that path.
   */
  update(exported) {
    const before = new Map(this.entries.map((e) => [e.path, e]));
    this.entries = exported.map((e) => {
      const copy = { ...e };
      if (copy.kind === 'file' && copy.linkTo === undefined && copy.data == null) {
        const old = before.get(copy.path);
        copy.data = old && old.data ? old.data : new Uint8Array(0);
      }
      return copy;
    });
    this.render();
  }

  /** Adds files chosen on this computer at the top of the sandbox. */
  async add(files) {
    for (const file of files) {
      const data = new Uint8Array(await file.arrayBuffer());
      const existing = this.entries.find((e) => e.path === file.name);
      if (existing) {
        if (existing.kind !== 'file') {
          throw new Error(`${file.name} already exists as a ${existing.kind}`);
        }
        existing.data = data;
        delete existing.linkTo;
      } else {
        this.entries.push({ path: file.name, kind: 'file', data });
      }
    }
    this.render();
  }

  clear() {
    this.entries = [];
    this.render();
  }

  /** The data of a file entry, following hard links to the entry that carries it. */
  dataOf(entry) {
    let e = entry;
    while (e && e.linkTo !== undefined) {
      const target = e.linkTo;
      e = this.entries.find((x) => x.path === target);
    }
    return e && e.data ? e.data : new Uint8Array(0);
  }

  render() {
    this.list.replaceChildren();
    if (this.entries.length === 0) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = '(empty)';
      this.list.appendChild(li);
    }
    for (const entry of this.entries) {
      const li = document.createElement('li');
      li.dataset.path = entry.path;
      li.style.paddingLeft = `${(entry.path.split('/').length - 1) * 1.25}rem`;
      const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
      if (entry.kind === 'dir') {
        li.textContent = name + '/';
        li.className = 'dir';
      } else if (entry.kind === 'symlink') {
        li.textContent = `${name} -> ${entry.target ?? '(link)'}`;
        li.className = 'symlink';
      } else {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'file';
        button.textContent = name;
        button.addEventListener('click', () => this.show(entry));
        const size = document.createElement('span');
        size.className = 'size';
        size.textContent = `${this.dataOf(entry).length} bytes`;
        li.append(button, ' ', size);
      }
      this.list.appendChild(li);
    }
    if (this.shown && !this.entries.some((e) => e.path === this.shown)) {
      this.view.hidden = true;
      this.viewTitle.hidden = true;
      this.shown = null;
    } else if (this.shown) {
      this.show(this.entries.find((e) => e.path === this.shown));
    }
  }

  show(entry) {
    const data = this.dataOf(entry);
    this.shown = entry.path;
    this.viewTitle.replaceChildren();
    const link = document.createElement('a');
    link.textContent = 'download';
    link.download = entry.path.slice(entry.path.lastIndexOf('/') + 1);
    if (this.url) {
      URL.revokeObjectURL(this.url);
    }
    this.url = URL.createObjectURL(new Blob([data]));
    link.href = this.url;
    this.viewTitle.append(`/${entry.path} (${data.length} bytes) `, link);
    const text = new TextDecoder().decode(data.subarray(0, MAX_VIEW_BYTES));
    this.view.textContent = data.length > MAX_VIEW_BYTES ? text + '\n[... shortened]' : text;
    this.view.hidden = false;
    this.viewTitle.hidden = false;
  }
}
