/**
 * Entry of the workbench page. It starts the run worker (workers/run.worker.ts, which starts the
 * simulation workers itself) before anything else loads: this module imports only the theme, so
 * the worker's script is fetched while the page's own code (the bridge, the message tables, the app
 * shell in its own chunk) loads and mounts. The bridge (src/ui/simBridge.ts) adopts that worker.
 */
import './theme.css';

const runWorker = new Worker(new URL('../../workers/run.worker.ts', import.meta.url), { type: 'module' });
const app = import('./App.svelte');
const svelte = import('svelte');
const { SimBridge } = await import('./simBridge');
const bridge = new SimBridge(undefined, runWorker);
const { mount } = await svelte;
const { default: App } = await app;
mount(App, { target: document.getElementById('app')!, props: { bridge } });
