// A Node test environment whose modules are transformed for the browser: Svelte then compiles
// rune state ($state, $derived, $effect) for its client runtime, where effects run. Node's own
// globals stay as they are (no DOM is needed for state).
export default {
  name: 'client-node',
  viteEnvironment: 'client',
  setup() {
    return { teardown() {} };
  },
};
