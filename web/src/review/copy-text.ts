/** Copies plain text; falls back to a hidden text area where the async clipboard is unavailable. */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Fall through to the legacy path (permission denied or not focused).
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('The browser did not allow copying. Select the text and copy it by hand.');
}

/**
 * Copies formatted text (HTML, for an EHR with a rich editor) with the plain text beside it, so a
 * plain field still gets clean text. Where the browser cannot, the plain text alone.
 */
export async function copyRichText(options: { text: string; html: string }): Promise<void> {
  if (navigator.clipboard?.write && typeof ClipboardItem !== 'undefined') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([options.text], { type: 'text/plain' }),
          'text/html': new Blob([options.html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Fall back to plain text.
    }
  }
  await copyText(options.text);
}
