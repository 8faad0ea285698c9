/** Copies text with the async Clipboard API, falling back to a selection copy where it is refused. */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard access can be refused (no user activation, or a permissions policy on the host page).
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    root.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/** Saves the text as UTF-8 without a byte order mark, with `\n` line breaks; no network is involved. */
export function downloadText(text: string, filename: string): void {
  const blob = new Blob([new TextEncoder().encode(text.replace(/\r\n?/g, '\n'))], { type: 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
