import { effectiveSettings } from '../../core/policy/managed-settings';
import type { Settings } from '../../shared/model/settings';
import { settingsItem } from '../settings';
import { currentPolicy } from './managed-policy';

/** The settings that apply: the user's, within the organisation's policy. Every reader asks this. */
export async function currentSettings(): Promise<Settings> {
  const [settings, policy] = await Promise.all([settingsItem.get(), currentPolicy()]);
  return effectiveSettings(settings, policy);
}
