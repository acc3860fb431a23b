// The module Worker: teawasi's runner, fed by the page's run(wasm, {worker}).
import { workerMain } from 'teawasi';

workerMain();
