/**
 * Entry of the workbench page. It starts the run worker (workers/run.worker.ts, which starts the
 * simulation workers itself) before anything else loads: this module imports only the theme, so
 * the worker's script is fetched while the page's own code (the bridge, the message tables, the app
 * shell in its own chunk) loads and mounts. The bridge (src/ui/simBridge.ts) adopts that worker.
 * Meanwhile the page's thread lays out the font strikes the results will use (src/ui/fontWarmup.ts).
 */
import './theme.css';
import { warmFonts } from './fontWarmup';

const runWorker = new Worker(new URL('../../workers/run.worker.ts', import.meta.url), { type: 'module' });
const app = import('./App.svelte');
// the results' font strikes, fetched while the modules above load (fontWarmup.ts)
warmFonts(document);
const svelte = import('svelte');
const { SimBridge } = await import('./simBridge');
const bridge = new SimBridge(undefined, runWorker);
const { mount } = await svelte;
const { default: App } = await app;
mount(App, { target: document.getElementById('app')!, props: { bridge } });
