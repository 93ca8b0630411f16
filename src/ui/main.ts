/**
 * Entry of the workbench page: starts the simulation workers (src/ui/simBridge.ts) first, then loads
 * the theme and the app shell (App.svelte, its own chunk), so that the workers' scripts load and
 * evaluate while the page's code does.
 */
import './theme.css';
import { SimBridge } from './simBridge';

const bridge = new SimBridge();
const { mount } = await import('svelte');
const { default: App } = await import('./App.svelte');
mount(App, { target: document.getElementById('app')!, props: { bridge } });
