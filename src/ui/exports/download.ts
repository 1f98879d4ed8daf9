/** Media types of the exports; CSV says its charset so that no program has to guess it. */
export const MEDIA_TYPES = {
  png: 'image/png',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  md: 'text/markdown;charset=utf-8',
} as const;

/**
 * How long an object URL outlives its click. Revoked at once, the download can fail in Firefox
 * and Safari, which read the blob after the click returns; FileSaver.js waits 40 s too.
 */
const REVOKE_DELAY_MS = 40_000;

/**
 * Saves a file the page made, without a server: a temporary `<a download>` pointing at an
 * object URL, clicked and removed; the URL is revoked once the browser has read it.
 */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}

/** Saves text as a file of the given type. */
export function downloadText(text: string, fileName: string, type: string): void {
  download(new Blob([text], { type }), fileName);
}
