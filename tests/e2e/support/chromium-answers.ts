import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * TEST HARNESS ONLY. Chromium's prompt for an optional API permission (clipboardRead: "Read
 * data you copy and paste") is a native dialog that automation cannot click, and unlike host
 * access, chrome://extensions has no control that grants one. But Chromium asks nothing for a
 * permission the user granted this extension before (ExtensionPrefs' runtime-granted set, the
 * same one `permissions.remove` leaves behind): so the new profile starts with that earlier
 * "Allow" and nothing active. The extension still has nothing until its own request runs, in a
 * user gesture; `permissions.request` then resolves true without a dialog.
 */
export async function answerPermissionsBeforehand(
  profileDir: string,
  extensionDir: string,
  permissions: readonly string[],
) {
  if (permissions.length === 0) return;
  const settings = { [unpackedExtensionId(extensionDir)]: runtimeGranted(permissions) };
  await mkdir(join(profileDir, 'Default'), { recursive: true });
  await writeFile(
    join(profileDir, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { settings } }),
  );
}

function runtimeGranted(permissions: readonly string[]) {
  return { runtime_granted_permissions: { api: [...permissions] } };
}

/** Chromium's id for an unpacked extension: its absolute path's SHA-256, in letters a to p. */
function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(extensionDir).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}
