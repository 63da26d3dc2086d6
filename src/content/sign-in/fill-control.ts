import type { SignInAccount } from '../../shared/model/fill';
import { t } from '../../shared/i18n';
import { createPromptHost, onTrusted, type PromptHost } from '../prompt/prompt-host';
import { fillControlStyle } from './fill-control-style';

/**
 * The in-page "Fill code" control by the sign-in code field (DESIGN 5): one button;
 * with several accounts it opens a chooser of buttons named "{issuer} {account}"; on a
 * locked vault a hint says the click unlocks first. It lives in a closed shadow root and
 * reacts only to the user's own trusted, unobstructed input (prompt-host.ts, DESIGN 4.4).
 * What a click does is the session's business (sign-in-session.ts).
 */

export type Tone = 'info' | 'error' | 'success';

export interface FillControlActions {
  readonly onActivate: () => void;
  readonly onChoose: (account: SignInAccount) => void;
}

export class FillControl {
  private readonly host: PromptHost;
  private readonly button = make('button', 'primary');
  private readonly hint = make('p', 'hint');
  private readonly chooser = make('div', 'chooser');
  private readonly status = make('p', 'status');
  /** A question ("Allow on this site?") or "Fill next code", under the status. */
  private readonly extra = make('div', 'extra');
  private readonly note = make('p', 'hint');

  constructor(
    anchor: Element,
    private readonly actions: FillControlActions,
  ) {
    this.host = createPromptHost(anchor, {
      styleSheet: fillControlStyle,
      margin: '6px 0',
      panelClass: 'fill',
    });
    this.button.type = 'button';
    this.button.textContent = t('signInFillCode');
    this.chooser.id = 'chooser';
    this.chooser.hidden = true;
    this.chooser.setAttribute('role', 'group');
    this.chooser.setAttribute('aria-label', t('signInChooseAccount'));
    this.status.setAttribute('role', 'status');
    this.hint.hidden = true;
    this.note.hidden = true;
    onTrusted(this.host.host, this.button, 'click', actions.onActivate);
    this.host.panel.setAttribute('aria-label', t('signInControlLabel'));
    this.host.panel.append(
      this.button,
      this.hint,
      this.chooser,
      this.status,
      this.extra,
      this.note,
    );
  }

  /**
   * Asks before an account of another host of this portal is allowed here (DESIGN 4.8):
   * "Allow on this site" and "Don't allow", which gets the focus (the safe answer at hand).
   */
  askAllow(question: string, onAnswer: (allowed: boolean) => void): void {
    this.closeChooser();
    const text = make('p', 'question', question);
    const allow = make('button', 'primary', t('promptAllowHere'));
    const refuse = make('button', '', t('promptDontAllow'));
    const answer = (allowed: boolean) => () => {
      this.extra.replaceChildren();
      onAnswer(allowed);
    };
    for (const [button, allowed] of [
      [allow, true],
      [refuse, false],
    ] as const) {
      button.type = 'button';
      onTrusted(this.host.host, button, 'click', answer(allowed));
    }
    const row = make('div', 'row');
    row.append(allow, refuse);
    this.extra.replaceChildren(text, row);
    this.say(question, 'info', true);
    refuse.focus();
  }

  /** After a refused code: "Fill next code", once it can be filled. */
  offerNext(onNext: () => void): void {
    const next = make('button', 'primary', t('signInFillNext'));
    next.type = 'button';
    onTrusted(this.host.host, next, 'click', () => {
      this.extra.replaceChildren();
      onNext();
    });
    this.extra.replaceChildren(next);
  }

  /** A longer word of advice under the control (the clock, after codes were refused). */
  advise(text: string): void {
    this.note.textContent = text;
    this.note.hidden = text === '';
  }

  get isConnected(): boolean {
    return this.host.host.isConnected;
  }

  /** Locked: the click unlocks first, and the hint says so. */
  showLocked(): void {
    this.closeChooser();
    this.button.removeAttribute('aria-expanded');
    this.hint.textContent = t('signInLockedHint');
    this.hint.hidden = false;
  }

  showUnlocked(): void {
    this.hint.hidden = true;
  }

  /** Lists the accounts, each a button, and moves focus to the first. */
  openChooser(accounts: readonly SignInAccount[]): void {
    this.showUnlocked();
    this.say('', 'info');
    this.chooser.replaceChildren(...accounts.map((account) => this.option(account)));
    this.chooser.hidden = false;
    this.button.setAttribute('aria-controls', this.chooser.id);
    this.button.setAttribute('aria-expanded', 'true');
    this.chooser.querySelector('button')?.focus();
  }

  closeChooser(): void {
    this.chooser.hidden = true;
    this.chooser.replaceChildren();
    if (this.button.hasAttribute('aria-expanded')) {
      this.button.setAttribute('aria-expanded', 'false');
    }
  }

  get isChooserOpen(): boolean {
    return !this.chooser.hidden;
  }

  setBusy(busy: boolean): void {
    this.button.disabled = busy;
    for (const option of this.chooser.querySelectorAll('button')) option.disabled = busy;
    for (const option of this.extra.querySelectorAll('button')) option.disabled = busy;
  }

  /** `screenReaderOnly`: announced, not shown (the question itself is on screen). */
  say(text: string, tone: Tone, screenReaderOnly = false): void {
    this.status.className = `status ${tone}${screenReaderOnly ? ' sr-only' : ''}`;
    this.status.textContent = text;
  }

  remove(): void {
    this.host.remove();
  }

  private option(account: SignInAccount): HTMLButtonElement {
    const option = make('button', 'account');
    option.type = 'button';
    // "Sonar 101@organization.com": the space keeps both names apart in the accessible name.
    option.append(make('span', 'issuer', account.issuer), ' ', make('span', '', account.account));
    onTrusted(this.host.host, option, 'click', () => {
      this.actions.onChoose(account);
    });
    return option;
  }
}

function make<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  className: string,
  text = '',
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}
