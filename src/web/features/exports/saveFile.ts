import type { DownloadedFile } from '../../api/client.js';

/** Hands a downloaded file to the browser's "save" as a click on a temporary link would, and returns its name. */
export function saveFile(file: DownloadedFile, fallbackName: string): string {
  const name = file.fileName ?? fallbackName;
  const url = URL.createObjectURL(file.blob);

  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();

  // The browser reads the file after the click returns, so the address lives on for a while.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
