import type { SiteWarningText } from './logic/site-warning';

/**
 * Sonar's Insights warning before a scanned Sonar account is saved (DESIGN 1.4):
 * the full text and a checkbox whose name says what is given up; "Save" waits for it.
 */
export function SiteAcknowledgement({
  warning,
  acknowledged,
  onAcknowledged,
}: {
  readonly warning: SiteWarningText;
  readonly acknowledged: boolean;
  readonly onAcknowledged: (value: boolean) => void;
}) {
  return (
    <div class="site-warning">
      <p id="import-site-warning">{warning.full}</p>
      <div class="check">
        <input
          type="checkbox"
          id="import-acknowledge"
          checked={acknowledged}
          aria-describedby="import-site-warning"
          onChange={(event) => {
            onAcknowledged(event.currentTarget.checked);
          }}
        />
        <label for="import-acknowledge">{warning.acknowledge}</label>
      </div>
    </div>
  );
}
