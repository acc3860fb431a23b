// Typed usage of the FileSystem part of teawasi.d.ts (checked with tsc --noEmit).
import { FileSystem, type Stats, type FileSystemChange, type PersistentMount } from 'teawasi';

export async function fileSystemTour(): Promise<void> {
  const fs = new FileSystem({ maxBytes: 64 << 20, maxInodes: 10000 });
  fs.mkdirSync('/data/logs', { recursive: true });
  fs.writeFileSync('/data/a.txt', 'hello', { mode: 0o600 });
  fs.writeFileSync('/data/b.bin', new Uint8Array([1, 2, 3]).buffer);
  fs.appendFileSync('/data/logs/app.log', 'line\n');
  const text: string = fs.readFileSync('/data/a.txt', 'utf8');
  const bytes: Uint8Array = fs.readFileSync('/data/b.bin');
  const names: string[] = fs.readdirSync('/data');
  const dirs: boolean[] = fs.readdirSync('/data', { withFileTypes: true }).map((d) => d.isDirectory());
  const st: Stats = fs.statSync('/data/a.txt');
  const ns: bigint | undefined = fs.lstatSync('/data/a.txt', { bigint: true }).mtimeNs;
  fs.symlinkSync('a.txt', '/data/link');
  const target: string = fs.readlinkSync('/data/link');
  fs.linkSync('/data/a.txt', '/data/hard');
  fs.renameSync('/data/hard', '/data/hard2');
  fs.utimesSync('/data/a.txt', new Date(), 1700000000);
  fs.rmSync('/data/logs', { recursive: true, force: true });
  const exists: boolean = fs.existsSync('/data/a.txt');
  const watcher = fs.watch('/data', { recursive: true }, (c: FileSystemChange) => console.log(c.type, c.path, c.kind));
  watcher.close();
  const tar: Uint8Array = fs.exportTar('/data');
  const { entries, skipped } = new FileSystem().importTar(tar, '/copy');
  const mount: PersistentMount = await fs.mountPersistent('/home', { backend: 'auto', onError: (e) => console.error(e) });
  await mount.flush();
  await fs.ready('/home');
  fs.createLazyFile('/data/big.bin', 3, () => fetch('/big.bin').then((r) => r.arrayBuffer()));
  fs.createLazyFile('/data/small.bin', 2, () => new Uint8Array([1, 2]));
  await fs.ready();
  const again: string = await fs.promises.readFile('/data/a.txt', 'utf8');
  const usage = fs.usage();
  console.log(text, bytes, names, dirs, st.size, ns, target, exists, entries, skipped, again, usage.usedBytes);
  await mount.unmount();
}
