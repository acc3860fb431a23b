// The demo page: loads the teawasi ES module the way any web app does and wires each panel to it.
import { setUpInspectPanel } from './inspect.mjs';
import { setUpRunPanel } from './run-panel.mjs';

const status = document.getElementById('status');

async function start() {
  let teawasi;
  try {
    teawasi = await import('./teawasi.js');
  } catch (e) {
    status.textContent = 'could not load teawasi.js: ' + e.message;
    status.classList.add('error');
    document.documentElement.dataset.teawasi = 'failed';
    return;
  }
  document.getElementById('version').textContent = teawasi.version();
  setUpRunPanel(teawasi, document.getElementById('run'));
  setUpInspectPanel(teawasi, document.getElementById('inspect'));
  status.textContent = 'ready';
  // Tests wait for this marker before using the page.
  document.documentElement.dataset.teawasi = 'ready';
}

start();
