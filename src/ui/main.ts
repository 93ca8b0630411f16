/** Entry of the workbench page: the theme and the app shell (App.svelte). */
import { mount } from 'svelte';
import './theme.css';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
