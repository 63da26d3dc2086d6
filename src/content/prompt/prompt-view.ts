import { t } from '../../shared/i18n';
import { createPromptHost, onTrusted, type PromptHost } from './prompt-host';

/**
 * The enrollment prompt's content: the account read from the QR code with an
 * editable name, the site's warning with its acknowledgement (Sonar: Insights), "Save to
 * Authenticator", and one status line that screen readers announce.
 */

export interface AccountChoice {
  readonly issuer: string;
  readonly account: string;
  readonly duplicate: boolean;
  /** The account this one replaces (2FA set up again): its name and when it was saved. */
  readonly replaces: { readonly name: string; readonly date: string } | null;
  /** The site's warning and the text of the box that acknowledges it, localised. */
  readonly notice: {
    readonly text: string;
    readonly acknowledge: string;
    /** The organisation's own words (managed policy), after the site's. */
    readonly organisation: string | null;
  } | null;
}

export interface SaveRequest {
  readonly issuer: string;
  readonly account: string;
  readonly acknowledged: boolean;
}

export type Tone = 'info' | 'error' | 'success';

export class CapturePrompt {
  private readonly host: PromptHost;
  private readonly content = element('div');
  /** Mounted once and only its text changes, so screen readers announce each change. */
  private readonly status = element('p', { className: 'status', role: 'status' });
  private readonly actions = element('div', { className: 'buttons' });
  private saveButton: HTMLButtonElement | null = null;

  constructor(anchor: Element) {
    this.host = createPromptHost(anchor);
    this.host.panel.replaceChildren(
      heading(t('promptTitle')),
      this.content,
      this.status,
      this.actions,
    );
  }

  /** Whether the QR code this prompt belongs to is still in the page. */
  get isConnected() {
    return this.host.host.isConnected;
  }

  showAccount(choice: AccountChoice, onSave: (request: SaveRequest) => void) {
    const issuer = textField(t('promptIssuer'), choice.issuer);
    const account = textField(t('promptAccountName'), choice.account);
    const save = element('button', { className: 'primary', type: 'button' });
    save.textContent = t('promptSave');
    const acknowledgement = choice.notice && checkbox(choice.notice.acknowledge);
    // Only the user's own tick counts (a click the page forged or covered is undone).
    let acknowledged = false;
    const canSave = () => acknowledgement === null || acknowledged;
    save.disabled = !canSave();
    if (acknowledgement) {
      this.onTrusted(acknowledgement.input, 'click', () => {
        acknowledged = acknowledgement.input.checked;
        save.disabled = !canSave();
      });
    }
    this.onTrusted(save, 'click', () => {
      if (!canSave() || save.disabled) return;
      onSave({ issuer: issuer.input.value, account: account.input.value, acknowledged });
    });
    this.saveButton = save;

    const parts: Node[] = [issuer.label, account.label];
    if (choice.duplicate) parts.push(paragraph(t('promptFoundAlready')));
    if (choice.replaces) {
      parts.push(paragraph(t('promptReplaces', choice.replaces.name, choice.replaces.date)));
    }
    if (choice.notice && acknowledgement) {
      const warning = element('div', { className: 'warning', role: 'note' });
      warning.append(paragraph(choice.notice.text));
      if (choice.notice.organisation !== null) {
        const words = paragraph(t('promptFromOrganisation', choice.notice.organisation));
        words.className = 'organisation';
        warning.append(words);
      }
      warning.append(acknowledgement.label);
      parts.push(warning);
    }
    this.content.replaceChildren(...parts);
    this.setActions(save);
    this.say(t('promptAnnounce'), 'info', true);
  }

  /**
   * The same key is stored for another site: a question naming that account and this site,
   * with "Allow on this site" and a refusal, which gets the focus (the safe answer is at hand).
   */
  askAllow(question: string, onAnswer: (allowed: boolean) => void) {
    const allow = element('button', { className: 'primary', type: 'button' });
    allow.textContent = t('promptAllowHere');
    const refuse = element('button', { type: 'button' });
    refuse.textContent = t('promptDontAllow');
    this.onTrusted(allow, 'click', () => {
      onAnswer(true);
    });
    this.onTrusted(refuse, 'click', () => {
      onAnswer(false);
    });
    this.saveButton = allow;
    this.content.replaceChildren(paragraph(question));
    this.actions.replaceChildren(allow, refuse);
    refuse.focus();
    this.say(question, 'info', true);
  }

  /** A message instead of the account (unreadable or unusable QR codes). */
  showMessage(text: string, tone: Tone) {
    this.content.replaceChildren();
    this.setActions();
    this.say(text, tone);
  }

  /** After saving: the result stays, the controls go. */
  finish(text: string, tone: Tone) {
    this.showMessage(text, tone);
  }

  /**
   * After a new account is saved: a plain reminder that it lives only in this browser, and a
   * way to the backup that keeps it.
   */
  offerBackup(onBackup: () => void) {
    const backup = element('button', { type: 'button' });
    backup.textContent = t('promptBackUp');
    this.onTrusted(backup, 'click', () => {
      onBackup();
      this.remove();
    });
    this.content.replaceChildren(paragraph(t('promptBackupWhy')));
    this.setActions(backup);
  }

  say(text: string, tone: Tone, screenReaderOnly = false) {
    // A frame later than the insertion, or screen readers may miss the change.
    requestAnimationFrame(() => {
      this.status.className = `status ${tone}${screenReaderOnly ? ' sr-only' : ''}`;
      this.status.textContent = text;
    });
  }

  setBusy(busy: boolean) {
    if (this.saveButton) this.saveButton.disabled = busy;
  }

  remove() {
    this.host.remove();
  }

  private setActions(...first: HTMLButtonElement[]) {
    const close = element('button', { type: 'button' });
    close.textContent = first.length > 0 ? t('promptDismiss') : t('promptClose');
    this.onTrusted(close, 'click', () => {
      this.remove();
    });
    this.actions.replaceChildren(...first, close);
  }

  private onTrusted(target: HTMLElement, type: 'click', handler: () => void) {
    onTrusted(this.host.host, target, type, handler);
  }
}

function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  properties: Partial<HTMLElementTagNameMap[Tag]> & { role?: string } = {},
): HTMLElementTagNameMap[Tag] {
  const { role, ...rest } = properties;
  const created = Object.assign(document.createElement(tag), rest);
  if (role) created.setAttribute('role', role);
  return created;
}

function heading(text: string) {
  const h2 = element('h2');
  h2.textContent = text;
  return h2;
}

function paragraph(text: string) {
  const p = element('p');
  p.textContent = text;
  return p;
}

function textField(name: string, value: string) {
  const label = element('label', { className: 'field' });
  const input = element('input', { type: 'text', value, maxLength: 256 });
  label.append(name, input);
  return { label, input };
}

function checkbox(text: string) {
  const label = element('label');
  const input = element('input', { type: 'checkbox' });
  label.append(input, text);
  return { label, input };
}
