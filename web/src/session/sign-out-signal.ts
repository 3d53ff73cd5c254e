// Signing out in one tab signs out every tab of this browser at once: the others drop what they
// hold in memory (unsent summaries, open notes) and show the sign-in page. The message carries
// no clinical text and no identifiers, only that a sign-out happened.
const CHANNEL_NAME = 'afterword-session';

interface SignOutMessage {
  type: 'signed-out';
  everywhere: boolean;
}

let channel: BroadcastChannel | null = null;
const forgetters = new Set<() => void>();

/** One channel per tab: a BroadcastChannel never receives its own messages, so this tab is not told twice. */
function tabChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

/**
 * Registers what a module keeps outside React state and must drop at sign-out.
 *
 * @example
 * whenSignedOut(() => { pending = null; });
 */
export function whenSignedOut(forget: () => void): void {
  forgetters.add(forget);
}

/** Drops every piece of clinical text kept in module memory in this tab. */
export function forgetClinicalState(): void {
  for (const forget of forgetters) forget();
}

/** Tells the other tabs of this browser that the clinician signed out here. */
export function announceSignOut(everywhere: boolean): void {
  const message: SignOutMessage = { type: 'signed-out', everywhere };
  tabChannel()?.postMessage(message);
}

/** Calls `handler` when another tab signs out; returns the function that stops listening. */
export function listenForSignOut(handler: (message: { everywhere: boolean }) => void): () => void {
  const ch = tabChannel();
  if (!ch) return () => undefined;
  const onMessage = (event: MessageEvent<unknown>): void => {
    const data = event.data as Partial<SignOutMessage> | null;
    if (data?.type === 'signed-out') handler({ everywhere: data.everywhere === true });
  };
  ch.addEventListener('message', onMessage);
  return () => ch.removeEventListener('message', onMessage);
}
