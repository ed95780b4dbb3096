// Downloads without the `downloads` permission: an object URL on a temporary <a download>.

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Chromium; a minute is plenty for the browser to take the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
