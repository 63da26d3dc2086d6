import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { siteName } from '../logic/site-name';

interface AllowSiteProps {
  /** "{issuer} {account}". */
  readonly accountName: string;
  /** The active tab's site, not yet in the account's list. */
  readonly origin: string;
  readonly onAllow: (origin: string) => void;
}

/**
 * "Allow on {host}", then a confirmation naming the account and the host (DESIGN 4.8: adding
 * a site is the user's act). Confirmed, the site joins the form's list; Save stores it.
 */
export function AllowSite({ accountName, origin, onAllow }: AllowSiteProps) {
  const [confirming, setConfirming] = useState(false);
  const offerButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const host = siteName(origin);

  // Focus follows the step: into the question, back to the offer when it is cancelled.
  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) offerButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const cancel = () => {
    setConfirming(false);
  };

  if (!confirming) {
    return (
      <button
        type="button"
        class="allow-site"
        ref={offerButton}
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t('popupSiteAllowOn', host)}
      </button>
    );
  }
  return (
    <div
      class="confirm allow-confirm"
      role="group"
      aria-labelledby="allow-site-question"
      onKeyDown={(event) => {
        // Escape cancels this question only, not the whole edit.
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          cancel();
        }
      }}
    >
      <p id="allow-site-question">{t('popupSiteAllowQuestion', accountName, host)}</p>
      <div class="buttons">
        <button
          type="button"
          class="primary"
          ref={confirmButton}
          onClick={() => {
            onAllow(origin);
          }}
        >
          {t('popupSiteAllowConfirm')}
        </button>
        <button type="button" onClick={cancel}>
          {t('popupCancel')}
        </button>
      </div>
    </div>
  );
}
