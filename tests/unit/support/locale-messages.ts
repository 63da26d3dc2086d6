/** A locale file's messages, as in public/_locales/<lang>/messages.json. */
export type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** chrome.i18n.getMessage over one locale file: placeholders by name, `$1`... by position. */
export function getMessage(messages: Messages, key: string, substitutions: string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const value = substitutions[Number(content.slice(1)) - 1] ?? '';
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return text;
}
