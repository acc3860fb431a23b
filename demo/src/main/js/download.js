// Fetches program files with a progress bar (the big ones are tens of megabytes) and keeps them for the page's
// lifetime, so a second run does not download again.
const cache = new Map(); // url -> Promise<Uint8Array>

/** onProgress(received, total) is called while the body arrives (total is 0 when the server did not say). */
export function download(url, onProgress) {
  let entry = cache.get(url);
  if (!entry) {
    entry = fetchWithProgress(url, onProgress);
    cache.set(url, entry);
    entry.catch(() => cache.delete(url));
  }
  return entry;
}

export function isDownloaded(url) {
  return cache.has(url);
}

async function fetchWithProgress(url, onProgress) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get('Content-Length')) || 0;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress?.(received, total);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
