/** Saves content as a file: a download in the browser host, the save dialog in Electron. */
function saveBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text (a package, a CSV) as a file. */
export function downloadText(fileName: string, content: string, type = 'text/plain') {
  saveBlob(fileName, new Blob([content], { type: `${type};charset=utf-8` }));
}

/** Saves base64 content (a Word report) as a file. */
export function downloadBase64(fileName: string, base64: string, type: string) {
  saveBlob(fileName, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }));
}
