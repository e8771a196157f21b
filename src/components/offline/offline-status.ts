/**
 * Browser side of the offline indicator: registers the service worker (production builds only),
 * says when the page is shown from the saved copy and how old it is, and offers a new build.
 */
import { offlineJa as t } from '../../i18n/offline.ja.ts';
import { formatJst, formatRelative } from '../../i18n/time.ja.ts';

type State = 'online' | 'offline' | 'unreachable';

const root = document.querySelector<HTMLElement>('[data-offline-status]');
if (root) start(root);

function start(root: HTMLElement): void {
  const message = root.querySelector<HTMLElement>('[data-offline-message]')!;
  const update = root.querySelector<HTMLElement>('[data-offline-update]')!;
  let state: State = navigator.onLine ? 'online' : 'offline';

  const render = (): void => {
    const away = state !== 'online';
    message.hidden = !away;
    root.dataset.state = state;
    if (!away) return void message.replaceChildren();
    const now = new Date();
    const { builtAt = '', capturedAt = '' } = root.dataset;
    const label = document.createElement('strong');
    label.textContent = `⚠ ${state === 'offline' ? t.offlineLabel : t.unreachableLabel}: `;
    const lines = [
      state === 'offline' ? t.offline : t.unreachable,
      t.builtAt(formatJst(builtAt), formatRelative(builtAt, now)),
      capturedAt ? t.capturedAt(formatJst(capturedAt), formatRelative(capturedAt, now)) : t.noSnapshot,
    ];
    message.replaceChildren(label, lines.join(' '));
  };

  window.addEventListener('offline', () => ((state = 'offline'), render()));
  window.addEventListener('online', () => ((state = 'online'), render()));
  render();

  if (!('serviceWorker' in navigator)) return;
  if (import.meta.env.DEV) {
    // `astro preview` and `astro dev` share localhost:4321: a worker left by a preview would serve stale pages.
    void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((registration) => void registration.unregister()));
    return;
  }
  void register(update, () => {
    if (state === 'online') (state = 'unreachable'), render();
  });
}

async function register(update: HTMLElement, unreachable: () => void): Promise<void> {
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`);
  } catch {
    // No network: the worker registered on an earlier visit keeps serving the saved copy.
    return unreachable();
  }
  // Browsers (and test harnesses) that block service workers may hand back nothing.
  if (!registration) return;
  let reloadAsked = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install also changes the controller (clientsClaim); reload only when the reader asked.
    if (reloadAsked) location.reload();
  });
  const offer = (worker: ServiceWorker): void => {
    update.hidden = false;
    update.querySelector('button')!.onclick = () => {
      reloadAsked = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    };
  };
  const watch = (worker: ServiceWorker | null): void => {
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  };
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
  // Doubles as a probe: it fails when the server that served the site is gone.
  if (navigator.onLine) await registration.update().catch(unreachable);
}
