// The Files panel: a tree of the page's FileSystem (kept current through FileSystem.watch, so files a program
// writes appear as it writes them), uploads of files and folders (buttons or drag and drop), new folders, delete,
// a viewer for text, images and sound, downloads of one file or of everything as a .tar, and the reset of /home.
// Keyboard: the tree is one tab stop; arrows move and open/close folders, Enter views, Delete deletes.
import { resetHome, exportTar } from './page-fs.js';

const TEXT_LIMIT = 256 * 1024;
const IMAGE_TYPES = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp',
  svg: 'image/svg+xml', bmp: 'image/bmp', ico: 'image/x-icon' };
const AUDIO_TYPES = { wav: 'audio/wav', mp3: 'audio/mpeg', ogg: 'audio/ogg' };

function join(dir, name) {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

function parentOf(path) {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function extension(path) {
  const m = /\.([A-Za-z0-9]+)$/.exec(path);
  return m ? m[1].toLowerCase() : '';
}

function formatSize(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1048576) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1048576).toFixed(1)} MB`;
}

/** Whether bytes look like text (UTF-8 without NULs in the first 4 KB). */
function looksLikeText(bytes) {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length < bytes.length ? head.subarray(0, head.length - 4) : head);
    return true;
  } catch {
    return false;
  }
}

export class FilesPanel {
  constructor(page, panel) {
    this.page = page;
    this.panel = panel;
    this.fs = page.fs;
    this.tree = panel.querySelector('#tree');
    this.expanded = new Set(['/', '/home', '/tmp']);
    this.selected = '/home';
    this.refreshQueued = false;
    this.objectUrl = null;
  }

  start() {
    const q = (s) => this.panel.querySelector(s);
    q('#upload-files').addEventListener('change', (e) => this.#uploadList(e.target));
    q('#upload-folder').addEventListener('change', (e) => this.#uploadList(e.target));
    q('#new-folder').addEventListener('click', () => this.newFolder());
    q('#delete').addEventListener('click', () => this.deleteSelected());
    q('#download').addEventListener('click', () => this.downloadSelected());
    q('#download-tar').addEventListener('click', () => this.downloadTar());
    q('#reset-home').addEventListener('click', () => this.resetHome());
    this.tree.addEventListener('keydown', (e) => this.#key(e));
    this.tree.addEventListener('dragover', (e) => {
      e.preventDefault();
      this.tree.classList.add('over');
    });
    this.tree.addEventListener('dragleave', () => this.tree.classList.remove('over'));
    this.tree.addEventListener('drop', (e) => {
      e.preventDefault();
      this.tree.classList.remove('over');
      this.#drop(e.dataTransfer);
    });
    this.fs.watch('/', { recursive: true }, (change) => {
      this.refresh();
      if (change.path === '/home' || change.path.startsWith('/home/')) this.homeChanged();
    });
    this.showHomeState(this.page.fsInfo.mount ? 'saved' : 'memory');
    this.render();
    this.panel.dataset.state = 'ready';
  }

  /** Shows whether /home is stored: 'saved', 'saving', 'memory' (not persistent here) or 'error'. */
  showHomeState(state, detail = '') {
    const { mount, error } = this.page.fsInfo;
    const p = this.panel.querySelector('#home-state');
    this.panel.dataset.home = state;
    const where = mount ? (mount.backend === 'opfs' ? 'OPFS' : 'IndexedDB') : '';
    p.textContent = {
      saved: `/home is kept in this browser (${where}): saved`,
      saving: `/home is kept in this browser (${where}): saving…`,
      memory: `/home is only in memory on this page: ${error ? error.message : 'no persistent storage'}`,
      error: `/home could not be saved: ${detail}`,
    }[state];
  }

  /** A change under /home: once the change events of this task are in, wait for the write-through. */
  homeChanged() {
    const { mount } = this.page.fsInfo;
    if (!mount) return;
    this.showHomeState('saving');
    const ticket = (this.saveTicket = (this.saveTicket || 0) + 1);
    setTimeout(() => {
      mount.flush().then(() => {
        if (ticket === this.saveTicket) this.showHomeState('saved');
      }, (e) => this.showHomeState('error', e.message));
    }, 0);
  }

  /** Redraws the tree once per frame at most (a program may write many files). */
  refresh() {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    requestAnimationFrame(() => {
      this.refreshQueued = false;
      this.render();
    });
  }

  error(message) {
    const p = this.panel.querySelector('#files-error');
    p.textContent = message;
    p.hidden = !message;
  }

  /** The folder uploads and new folders go into: the selected folder, or the selected file's folder. */
  targetDir() {
    const path = this.selected && this.fs.existsSync(this.selected) ? this.selected : '/home';
    return this.fs.statSync(path).isDirectory() ? path : parentOf(path);
  }

  render() {
    if (!this.fs.existsSync(this.selected)) this.selected = '/home';
    const focused = document.activeElement && this.tree.contains(document.activeElement);
    const root = this.#node('/', '/', this.fs.lstatSync('/'));
    this.tree.replaceChildren(...root.querySelector('ul').children);
    const selectedItem = this.#item(this.selected);
    if (selectedItem) {
      selectedItem.setAttribute('aria-selected', 'true');
      selectedItem.tabIndex = 0;
      this.tree.tabIndex = -1;
      if (focused) selectedItem.focus();
    } else {
      this.tree.tabIndex = 0;
    }
    const isFile = this.fs.existsSync(this.selected) && !this.fs.statSync(this.selected).isDirectory();
    this.panel.querySelector('#delete').disabled = this.selected === '/' || this.selected === '/home'
      || this.selected === '/tmp';
    this.panel.querySelector('#download').disabled = !isFile;
    this.page.inspect?.setSelectedFile(isFile ? this.selected : null);
    this.panel.dataset.entries = String(this.tree.querySelectorAll('li').length);
  }

  #item(path) {
    return this.tree.querySelector(`li[data-path="${CSS.escape(path)}"]`);
  }

  #node(path, name, stat) {
    const li = document.createElement('li');
    li.setAttribute('role', 'treeitem');
    li.dataset.path = path;
    li.tabIndex = -1;
    const row = document.createElement('div');
    const dir = stat.isDirectory();
    const link = stat.isSymbolicLink();
    row.className = `entry ${dir ? 'dir' : link ? 'link' : 'file'}`;
    const label = document.createElement('span');
    label.className = 'name';
    const open = this.expanded.has(path);
    label.textContent = dir ? `${open ? '▾' : '▸'} ${name}/` : link ? `${name} → ${this.fs.readlinkSync(path)}` : name;
    row.append(label);
    if (!dir && !link) {
      const size = document.createElement('span');
      size.className = 'size';
      size.textContent = formatSize(stat.size);
      row.append(size);
    }
    row.addEventListener('click', () => {
      this.select(path);
      if (dir) this.toggle(path);
      else this.view(path);
    });
    li.append(row);
    if (dir) {
      li.setAttribute('aria-expanded', String(open));
      const ul = document.createElement('ul');
      ul.setAttribute('role', 'group');
      if (open) {
        const entries = this.fs.readdirSync(path, { withFileTypes: true })
          .sort((a, b) => (b.isDirectory() - a.isDirectory()) || a.name.localeCompare(b.name));
        for (const entry of entries) {
          const child = join(path, entry.name);
          ul.append(this.#node(child, entry.name, this.fs.lstatSync(child)));
        }
      }
      li.append(ul);
    }
    return li;
  }

  select(path) {
    this.selected = path;
    this.render();
    this.#item(path)?.focus();
  }

  toggle(path) {
    if (this.expanded.has(path)) this.expanded.delete(path);
    else this.expanded.add(path);
    this.render();
    this.#item(path)?.focus();
  }

  #key(e) {
    const items = [...this.tree.querySelectorAll('li')];
    const at = items.findIndex((li) => li.dataset.path === this.selected);
    const current = items[at];
    const isDir = current?.hasAttribute('aria-expanded');
    let handled = true;
    switch (e.key) {
      case 'ArrowDown': if (at < items.length - 1) this.select(items[at + 1].dataset.path); break;
      case 'ArrowUp': if (at > 0) this.select(items[at - 1].dataset.path); break;
      case 'Home': this.select(items[0].dataset.path); break;
      case 'End': this.select(items[items.length - 1].dataset.path); break;
      case 'ArrowRight': if (isDir && !this.expanded.has(this.selected)) this.toggle(this.selected); break;
      case 'ArrowLeft':
        if (isDir && this.expanded.has(this.selected)) this.toggle(this.selected);
        else if (parentOf(this.selected) !== '/' || this.selected !== '/') this.select(parentOf(this.selected));
        break;
      case 'Enter': case ' ':
        if (isDir) this.toggle(this.selected);
        else this.view(this.selected);
        break;
      case 'Delete': this.deleteSelected(); break;
      default: handled = false;
    }
    if (handled) e.preventDefault();
  }

  view(path) {
    const viewer = this.panel.querySelector('#viewer');
    const title = this.panel.querySelector('#viewer-title');
    const text = this.panel.querySelector('#viewer-text');
    const image = this.panel.querySelector('#viewer-image');
    const audio = this.panel.querySelector('#viewer-audio');
    text.hidden = true;
    image.hidden = true;
    audio.hidden = true;
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = null;
    let bytes;
    try {
      bytes = this.fs.readFileSync(path);
    } catch (e) {
      this.error(e.message);
      return;
    }
    this.error('');
    viewer.hidden = false;
    viewer.dataset.path = path;
    const ext = extension(path);
    title.textContent = `${path} (${formatSize(bytes.length)})`;
    if (IMAGE_TYPES[ext]) {
      this.objectUrl = URL.createObjectURL(new Blob([bytes], { type: IMAGE_TYPES[ext] }));
      image.src = this.objectUrl;
      image.alt = path;
      image.hidden = false;
      viewer.dataset.kind = 'image';
    } else if (AUDIO_TYPES[ext]) {
      this.objectUrl = URL.createObjectURL(new Blob([bytes], { type: AUDIO_TYPES[ext] }));
      audio.src = this.objectUrl;
      audio.hidden = false;
      viewer.dataset.kind = 'audio';
    } else if (looksLikeText(bytes)) {
      const shown = bytes.subarray(0, TEXT_LIMIT);
      text.textContent = new TextDecoder().decode(shown) + (bytes.length > TEXT_LIMIT ? '\n…' : '');
      text.hidden = false;
      viewer.dataset.kind = 'text';
    } else {
      text.textContent = `binary file: ${bytes.length} bytes (download it, or inspect it if it is a .wasm)`;
      text.hidden = false;
      viewer.dataset.kind = 'binary';
    }
  }

  async #uploadList(input) {
    const files = [...input.files];
    input.value = '';
    const dir = this.targetDir();
    try {
      for (const f of files) {
        // A folder upload names each file with its path inside the folder (webkitRelativePath).
        const relative = f.webkitRelativePath || f.name;
        await this.#write(join(dir, relative), f);
      }
      this.expanded.add(dir);
      this.error('');
    } catch (e) {
      this.error(`upload failed: ${e.message}`);
    }
    this.render();
  }

  async #write(path, file) {
    this.fs.mkdirSync(parentOf(path), { recursive: true });
    this.fs.writeFileSync(path, new Uint8Array(await file.arrayBuffer()));
  }

  /** Drops of files and whole folders (through the entries API, which walks dropped directories). */
  async #drop(transfer) {
    const dir = this.targetDir();
    const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter(Boolean);
    try {
      if (entries.length === 0) {
        for (const f of transfer.files) await this.#write(join(dir, f.name), f);
      }
      for (const entry of entries) await this.#dropEntry(entry, dir);
      this.expanded.add(dir);
      this.error('');
    } catch (e) {
      this.error(`upload failed: ${e.message}`);
    }
    this.render();
  }

  async #dropEntry(entry, dir) {
    const path = join(dir, entry.name);
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
      await this.#write(path, file);
      return;
    }
    this.fs.mkdirSync(path, { recursive: true });
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await this.#dropEntry(child, path);
    }
  }

  newFolder() {
    const dir = this.targetDir();
    const name = prompt(`New folder in ${dir}:`, 'new-folder');
    if (!name) return;
    if (name.includes('/') || name === '.' || name === '..') {
      this.error('a folder name cannot contain "/" or be "." or ".."');
      return;
    }
    try {
      this.fs.mkdirSync(join(dir, name));
      this.expanded.add(dir);
      this.selected = join(dir, name);
      this.error('');
    } catch (e) {
      this.error(e.message);
    }
    this.render();
  }

  deleteSelected() {
    const path = this.selected;
    if (!path || path === '/' || path === '/home' || path === '/tmp') return;
    const isDir = this.fs.lstatSync(path).isDirectory();
    if (isDir && !confirm(`Delete ${path} and everything in it?`)) return;
    try {
      this.fs.rmSync(path, { recursive: true });
      this.selected = parentOf(path);
      this.error('');
    } catch (e) {
      this.error(e.message);
    }
    this.render();
  }

  #save(bytes, name, type) {
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  downloadSelected() {
    try {
      this.#save(this.fs.readFileSync(this.selected), this.selected.split('/').pop(), 'application/octet-stream');
    } catch (e) {
      this.error(e.message);
    }
  }

  /** The whole tree as a .tar (bytes). */
  tarBytes() {
    return exportTar(this.fs, '/');
  }

  async downloadTar() {
    try {
      const tar = await this.tarBytes();
      this.panel.dataset.lastTarBytes = String(tar.length);
      this.#save(tar, 'teawasi-files.tar', 'application/x-tar');
    } catch (e) {
      this.error(`cannot make the .tar: ${e.message}`);
    }
  }

  async resetHome() {
    if (!confirm('Delete everything in /home (also from this browser\'s storage)?')) return;
    try {
      await resetHome(this.page.fsInfo);
      this.selected = '/home';
      this.error('');
      this.page.terminal.note('/home is empty again');
    } catch (e) {
      this.error(`reset failed: ${e.message}`);
    }
    this.render();
  }
}
