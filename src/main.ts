import { mount } from 'svelte';
import './ui/theme.css';
import App from './App.svelte';
import { startEngine } from './app/engine-client';
import { preferences } from './app/preferences.svelte';
import { Session } from './app/session.svelte';
import { archetypeConfigs } from './features/archetypes/configs.svelte';
import { appUpdate } from './features/pwa/app-update.svelte';
import { offlineReady } from './features/pwa/offline-ready.svelte';
import { i18n } from './ui/i18n.svelte';
import { forgetLastWorkshop } from './features/demo/locked-demo.svelte';

// The last workshop's edits in the locked demo vanish on the next start (IndexedDB queues any
// later open of that database behind the deletion, so nothing waits for it here).
void forgetLastWorkshop();

// The engine starts with the page: its ~2 s start-up overlaps with the user finding a file.
const session = new Session({ startEngine, configs: archetypeConfigs, scoringDefaults: () => preferences.scoring });

// The first language's catalog (English is in the bundle; another arrives in a few milliseconds, from the precache offline).
await i18n.ready;
mount(App, { target: document.getElementById('app')!, props: { session } });

// A configuration another tab saved or deleted re-segments the analysis on screen that uses it.
archetypeConfigs.onRemoteChange((changed) => {
  const id = session.analysis.settings?.archetypes;
  if (id && changed.has(id)) session.send({ type: 'config-changed', id });
});

// The service worker precaches the app and the DuckDB engine so the next visit works offline.
// A new version waits for the user's word (UpdatePrompt); nothing reloads by itself.
appUpdate.start();
// On the first visit that download is about 40 MB: OfflineProgress shows how far it got.
void offlineReady.start();
