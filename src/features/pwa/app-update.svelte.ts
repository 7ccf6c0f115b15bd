// A new version of the app waits for the user's word: the service worker installs it in the
// background, the page says so, and only the user's click activates it and reloads. Stored data
// (IndexedDB) is not touched by an update.
import { registerSW } from 'virtual:pwa-register';

class AppUpdate {
  /** A new version is installed and waiting. */
  #ready = $state(false);
  private activate: ((reloadPage?: boolean) => Promise<void>) | null = null;

  get ready(): boolean {
    return this.#ready;
  }

  start(): void {
    this.activate = registerSW({
      immediate: true,
      onNeedRefresh: () => {
        this.#ready = true;
      },
    });
  }

  async reload(): Promise<void> {
    await this.activate?.(true);
  }

  later(): void {
    this.#ready = false;
  }
}

export const appUpdate = new AppUpdate();
