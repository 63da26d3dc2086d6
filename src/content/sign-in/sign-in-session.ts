import type { SignInAccount, SignInAccounts } from '../../shared/model/fill';
import { sendFromContent } from '../../shared/send';
import { t } from '../../shared/i18n';
import { isFillable, targetInputs, type CodeTarget } from '../fields';
import { resumeAfterUnlock } from '../vault-unlocked';
import { giveBackAutomaticFill, takeAutomaticFill } from './automatic-fill';
import { controlAnchor } from './control-anchor';
import { fillAccountCode, valueOf, type FillOutcome } from './fill-account-code';
import { FillControl } from './fill-control';
import { isPresented } from './presented';

/**
 * One sign-in code field, from the moment it appears. When the fill policy allows an
 * automatic fill (one account bound here, the setting on, the vault unlocked), the code is
 * filled at once: only into an empty field that the user sees (presented.ts), once per
 * document (automatic-fill.ts). Otherwise the "Fill code" control appears by the field where
 * something can be filled: an account is bound here, or the vault is locked and the code
 * step is in view. One account fills on click, several open the chooser, a locked vault
 * opens the unlock window first and fills once it is unlocked. Else the page is left alone:
 * it learns nothing of the extension.
 */
export class SignInSession {
  private control: FillControl | null = null;
  private accounts: readonly SignInAccount[] = [];
  private locked = false;
  private ended = false;
  private dormant = false;

  constructor(private readonly target: CodeTarget) {}

  start(): void {
    this.guard(this.begin());
  }

  /** Still the field it started with, visible and usable (DESIGN 4.5). */
  get isAlive(): boolean {
    return isFillable(this.target);
  }

  /** Locked, with the code step out of view: nothing shown yet; a later change looks again. */
  get isDormant(): boolean {
    return this.dormant;
  }

  holds(input: HTMLInputElement): boolean {
    return targetInputs(this.target)[0] === input;
  }

  end(): void {
    this.ended = true;
    this.control?.remove();
    this.control = null;
  }

  private async begin() {
    const answer = await sendFromContent('fill/accounts', null);
    if (this.ended) return;
    this.take(answer);
    if (this.locked && !isPresented(this.target)) {
      this.dormant = true;
      return;
    }
    if (!this.locked && this.accounts.length === 0) return;
    const [only] = this.accounts;
    const automatic =
      answer.status === 'unlocked' &&
      answer.automatic &&
      only !== undefined &&
      valueOf(this.target) === '' &&
      isPresented(this.target) &&
      takeAutomaticFill();
    if (automatic) {
      if (await this.fillAutomatically(only)) return;
    }
    this.showControl();
  }

  /** Holds the document's one automatic fill meanwhile; gives it back unless a code went in. */
  private async fillAutomatically(account: SignInAccount): Promise<boolean> {
    let filled = false;
    try {
      // Checked again right before the code goes in: the watcher may have ended this session.
      const outcome = await this.fill(account, () => !this.ended && isPresented(this.target));
      filled = outcome === 'filled';
    } finally {
      if (!filled) giveBackAutomaticFill();
    }
    return filled;
  }

  private async activate(): Promise<void> {
    if (this.locked) {
      await this.unlockThenActivate();
      return;
    }
    const [only, ...others] = this.accounts;
    if (!only) {
      this.control?.say(t('signInNoAccount'), 'info');
    } else if (others.length === 0) {
      await this.fill(only);
    } else if (this.control?.isChooserOpen) {
      this.control.closeChooser();
    } else {
      this.control?.openChooser(this.accounts);
    }
  }

  private async unlockThenActivate() {
    const answer = await sendFromContent('fill/unlock', null);
    if (answer.status === 'unlocked') {
      await this.refreshThenActivate();
      return;
    }
    this.control?.say(t('signInUnlockToFill'), 'info');
    resumeAfterUnlock('sign-in', () => {
      this.guard(this.refreshThenActivate());
    });
  }

  /** After unlocking: the names are known now; fill the one, or open the chooser. */
  private async refreshThenActivate() {
    if (this.ended) return;
    this.take(await sendFromContent('fill/accounts', null));
    this.control?.say('', 'info');
    this.showControl();
    if (!this.locked) await this.activate();
  }

  /** `stillPresented`: an automatic fill checks again, right before the code goes in. */
  private async fill(account: SignInAccount, stillPresented?: () => boolean): Promise<FillOutcome> {
    this.control?.setBusy(true);
    const outcome = await fillAccountCode(
      this.target,
      account.id,
      () => {
        this.control?.say(t('signInWaitingForNextCode'), 'info');
      },
      stillPresented,
    );
    this.control?.setBusy(false);
    if (outcome === 'filled') {
      this.control?.closeChooser();
      this.control?.say(t('signInFilled'), 'success');
    } else if (outcome === 'locked') {
      this.locked = true;
      this.showControl();
    } else if (outcome === 'refused') {
      this.control?.say(t('signInFieldChanged'), 'error');
    } else {
      this.control?.say('', 'info');
    }
    return outcome;
  }

  private take(answer: SignInAccounts) {
    this.locked = answer.status === 'locked';
    this.accounts = answer.status === 'locked' ? [] : answer.accounts;
  }

  private showControl() {
    if (this.ended) return;
    if (!this.control) {
      const anchor = controlAnchor(this.target);
      if (!anchor) return;
      this.control = new FillControl(anchor, {
        onActivate: () => {
          this.guard(this.activate());
        },
        onChoose: (account) => {
          this.guard(this.fill(account));
        },
      });
    }
    if (this.locked) this.control.showLocked();
    else this.control.showUnlocked();
  }

  /** An account removed meanwhile, an extension reloaded under the page: said, never thrown. */
  private guard(work: Promise<unknown>) {
    work.catch(() => {
      this.control?.setBusy(false);
      this.control?.say(t('signInFillFailed'), 'error');
    });
  }
}
