// The "Inspect a module" panel: sections (teawasi.sections), imports, exports and custom sections
// (WebAssembly.Module.imports/exports/customSections of teawasi's polyfill, so it works without the browser's
// WebAssembly too), the function count, and the validation result with the offset of the first error.
import { PROGRAMS, programNamed } from './programs.js';
import { yieldToBrowser } from './run-control.js';

/** Reads an unsigned LEB128 at offset (the count at the start of a vector section). */
function readU32(bytes, offset) {
  let result = 0;
  let shift = 0;
  for (let i = 0; i < 5 && offset + i < bytes.length; i++) {
    const b = bytes[offset + i];
    result |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) return result >>> 0;
    shift += 7;
  }
  return 0;
}

/** The byte offset a CompileError message names, if any ("... at offset 123", "@+123", "(at 123)"). */
export function errorOffset(message) {
  const m = /offset (\d+)|@\+(\d+)|at byte (\d+)|\bat (\d+)\b/.exec(message);
  return m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4]) : null;
}

export class InspectPanel {
  constructor(page, panel) {
    this.page = page;
    this.panel = panel;
    this.selectedFile = null;
  }

  start() {
    const q = (s) => this.panel.querySelector(s);
    const input = q('#inspect-file');
    input.addEventListener('change', async () => {
      if (input.files.length > 0) {
        const f = input.files[0];
        this.show(f.name, new Uint8Array(await f.arrayBuffer()));
      }
    });
    const select = q('#inspect-program');
    for (const p of PROGRAMS) {
      const option = document.createElement('option');
      option.value = p.name;
      option.textContent = `${p.name} (${p.url.split('/').pop()})`;
      select.append(option);
    }
    select.addEventListener('change', async () => {
      const program = programNamed(select.value);
      if (!program) return;
      try {
        this.panel.dataset.state = 'busy';
        const bytes = await this.page.programBytes(program);
        this.show(program.url.split('/').pop(), bytes);
      } catch (e) {
        this.#error(e.message);
      }
    });
    q('#inspect-selected').addEventListener('click', () => {
      if (this.selectedFile) this.showPath(this.selectedFile);
    });
  }

  setSelectedFile(path) {
    this.selectedFile = path;
    this.panel.querySelector('#inspect-selected').disabled = !path;
  }

  showPath(path) {
    try {
      this.show(path, this.page.fs ? this.page.fs.readFileSync(path) : this.page.ownFiles.get(path));
    } catch (e) {
      this.#error(`${path}: ${e.message}`);
    }
  }

  #error(text) {
    const error = this.panel.querySelector('#inspect-error');
    error.textContent = text;
    error.hidden = false;
    this.panel.querySelector('#inspect-result').hidden = true;
    this.panel.dataset.state = 'error';
  }

  async show(name, bytes) {
    const q = (s) => this.panel.querySelector(s);
    const { teawasi } = this.page;
    // teawasi's validator and JS API; a build without them leaves the browser's (when the page has it).
    const WA = teawasi.WebAssembly ?? this.page.engines.native;
    if (!WA) {
      this.#error('this page has neither teawasi\'s WebAssembly namespace nor the browser\'s');
      return;
    }
    this.panel.dataset.state = 'busy';
    q('#inspect-error').hidden = true;
    q('#inspect-result').hidden = true;
    q('#inspect-summary').textContent = `${name}: reading…`;
    await yieldToBrowser();
    let list;
    try {
      list = teawasi.sections(bytes);
    } catch (e) {
      const offset = errorOffset(e.message);
      this.#error(`${name}: not a WebAssembly module: ${e.message}${offset !== null && !e.message.includes(String(offset)) ? ` (offset ${offset})` : ''}`);
      return;
    }
    // Validation (teawasi's validator: the spec's rules); a module that fails still has its sections listed.
    const started = performance.now();
    let module = null;
    let failure = null;
    try {
      module = new WA.Module(bytes);
    } catch (e) {
      failure = e;
    }
    const validateMs = performance.now() - started;
    const validation = q('#inspect-validation');
    if (failure) {
      const offset = errorOffset(failure.message);
      validation.className = 'invalid';
      validation.textContent = `invalid: ${failure.name}: ${failure.message}`
        + (offset !== null ? ` — first error at byte offset ${offset} (0x${offset.toString(16)})` : '');
      validation.dataset.valid = 'false';
      validation.dataset.offset = offset === null ? '' : String(offset);
    } else {
      validation.className = 'valid';
      validation.textContent = `valid (${WA === teawasi.WebAssembly ? 'teawasi' : 'the browser'} validated it in ${Math.round(validateMs)} ms)`;
      validation.dataset.valid = 'true';
      validation.dataset.offset = '';
    }
    const native = this.page.engines.native;
    if (native && native !== WA) {
      const nativeValid = native.validate(bytes);
      validation.textContent += `; the browser's WebAssembly.validate says ${nativeValid ? 'valid' : 'invalid'}`;
    }

    const imports = module ? WA.Module.imports(module) : [];
    const exports = module ? WA.Module.exports(module) : [];
    const functionSection = list.find((s) => s.id === 3);
    const defined = functionSection ? readU32(bytes, functionSection.offset) : 0;
    const importedFunctions = imports.filter((i) => i.kind === 'function').length;
    q('#inspect-summary').textContent = `${name}: ${bytes.length} bytes, ${list.length} section${list.length === 1 ? '' : 's'}, `
      + `${defined} function${defined === 1 ? '' : 's'} defined`
      + (module ? ` + ${importedFunctions} imported, ${imports.length} imports, ${exports.length} exports` : '');
    q('#inspect-summary').dataset.functions = String(defined);

    this.#rows('#inspect-sections', list.map((s, i) => [i, s.id, s.name, s.offset, s.size]));
    this.#rows('#inspect-imports', imports.map((i) => [i.module, i.name, i.kind]));
    this.#rows('#inspect-exports', exports.map((e) => [e.name, e.kind]));
    const customs = list.filter((s) => s.id === 0);
    this.#rows('#inspect-custom', customs.map((s) => {
      const customName = s.name.replace(/^custom:/, '');
      let size = s.size;
      if (module) {
        const found = WA.Module.customSections(module, customName);
        if (found.length > 0) size = `${found[0].byteLength} (content)`;
      }
      return [customName, size];
    }));
    q('#inspect-imports-title').textContent = `Imports (${imports.length})`;
    q('#inspect-exports-title').textContent = `Exports (${exports.length})`;
    q('#inspect-custom-title').textContent = `Custom sections (${customs.length})`;
    q('#inspect-result').hidden = false;
    this.panel.dataset.state = 'done';
  }

  #rows(selector, rows) {
    const body = this.panel.querySelector(`${selector} tbody`);
    body.replaceChildren(...rows.map((cells) => {
      const tr = document.createElement('tr');
      for (const value of cells) {
        const td = document.createElement('td');
        td.textContent = String(value);
        tr.append(td);
      }
      return tr;
    }));
  }
}
