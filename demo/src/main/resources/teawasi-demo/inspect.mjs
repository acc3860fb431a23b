// The "Inspect a module" panel: lists the sections of a chosen or dropped .wasm file.

export function setUpInspectPanel(teawasi, panel) {
  const input = panel.querySelector('#wasm-file');
  const dropzone = panel.querySelector('#dropzone');
  const error = panel.querySelector('#inspect-error');
  const result = panel.querySelector('#inspect-result');
  const summary = panel.querySelector('#inspect-summary');
  const rows = panel.querySelector('#sections tbody');

  async function show(file) {
    panel.dataset.state = 'busy';
    error.hidden = true;
    result.hidden = true;
    rows.replaceChildren();
    let list;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      list = teawasi.sections(bytes);
    } catch (e) {
      error.textContent = `${file.name}: ${e.name === 'CompileError' ? 'not a valid module' : e.name}: ${e.message}`;
      error.hidden = false;
      panel.dataset.state = 'error';
      return;
    }
    summary.textContent = `${file.name}: ${file.size} bytes, ${list.length} section${list.length === 1 ? '' : 's'}`;
    list.forEach((s, i) => {
      const tr = document.createElement('tr');
      for (const value of [i, s.id, s.name, s.offset, s.size]) {
        const td = document.createElement('td');
        td.textContent = String(value);
        tr.appendChild(td);
      }
      rows.appendChild(tr);
    });
    result.hidden = false;
    panel.dataset.state = 'done';
  }

  input.addEventListener('change', () => {
    if (input.files.length > 0) {
      show(input.files[0]);
    }
  });
  dropzone.addEventListener('dragover', (e) => {
    e.preventDefault();
    dropzone.classList.add('over');
  });
  dropzone.addEventListener('dragleave', () => dropzone.classList.remove('over'));
  dropzone.addEventListener('drop', (e) => {
    e.preventDefault();
    dropzone.classList.remove('over');
    if (e.dataTransfer.files.length > 0) {
      show(e.dataTransfer.files[0]);
    }
  });
  input.disabled = false;
}
