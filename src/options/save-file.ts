/**
 * Saves text as a file from this extension page, the way a download link does: no
 * `downloads` permission, and the browser asks where or uses its download folder.
 */
export function saveFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download by the time the timer fires.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
