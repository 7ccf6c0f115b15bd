import { mount } from 'svelte';
import './ui/theme.css';
import App from './App.svelte';
import { startEngine } from './app/engine-client';
import { Session } from './app/session.svelte';

// The engine starts with the page: its ~2 s start-up overlaps with the user finding a file.
const session = new Session(startEngine());

mount(App, { target: document.getElementById('app')!, props: { session } });
