/**
 * A short notice at the bottom of the page ("Hidden & logged", "Set your name first"), for what
 * the moderator must know now. Text only, in its own shadow root, gone after a while or a click.
 */
export function showPageNotice(
  doc: Document,
  message: string,
  tone: 'info' | 'warning' = 'info',
): HTMLElement {
  doc.querySelector('[data-civic-moderator="notice"]')?.remove();
  const host = doc.createElement('div');
  host.setAttribute('data-civic-moderator', 'notice');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `
    .notice { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 2147483647;
      max-width: 560px; padding: 10px 16px; border-radius: 8px; font: 14px/1.4 system-ui, sans-serif;
      color: #fff; background: ${tone === 'warning' ? '#8a1c12' : '#1d2b3a'}; box-shadow: 0 4px 16px #0004; }`;
  const notice = doc.createElement('div');
  notice.className = 'notice';
  notice.setAttribute('role', tone === 'warning' ? 'alert' : 'status');
  notice.textContent = `Civic Moderator: ${message}`;
  shadow.append(style, notice);
  host.addEventListener('click', () => host.remove());
  doc.body.append(host);
  // Long enough to read a sentence; a warning stays until clicked.
  if (tone === 'info') setTimeout(() => host.remove(), 8000);
  return host;
}
