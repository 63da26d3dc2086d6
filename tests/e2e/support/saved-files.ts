/**
 * Keeps every file an extension page saves (a Blob handed to a download link), so a test can
 * read what a user would find in their download folder. Both run in the page: self-contained.
 */
export function keepSavedFiles() {
  const saved: Blob[] = [];
  Object.assign(window, { savedFiles: saved });
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) saved.push(object);
    return create(object);
  };
}

export function lastSavedFile(): Promise<string> {
  const saved = (window as unknown as { savedFiles: Blob[] }).savedFiles;
  const last = saved.at(-1);
  if (!last) throw new Error('No file was saved');
  return last.text();
}
