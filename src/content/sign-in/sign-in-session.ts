import type {
  AllowableAccount,
  RefusedCode,
  SignInAccount,
  SignInAccounts,
} from '../../shared/model/fill';
import { accountLabel } from '../../shared/account-label';
import { sendFromContent } from '../../shared/send';
import { t } from '../../shared/i18n';
import { isFillable, targetInputs, type CodeTarget } from '../fields';
import { resumeAfterUnlock } from '../vault-unlocked';
import { giveBackAutomaticFill, takeAutomaticFill } from './automatic-fill';
import { controlAnchor } from './control-anchor';
import { fillAccountCode, valueOf, type FillOutcome } from './fill-account-code';
import { FillControl } from './fill-control';
import { isPresented } from './presented';

/** What the session tells its owner (sign-in-fill.ts), which watches what the portal does. */
export interface SessionEvents {
  /** A code went in: what the portal makes of it is watched from here. */
  readonly onFilled: (target: CodeTarget) => void;
}

/**
 * One sign-in code field, from the moment it appears. When the fill policy allows an
 * automatic fill (one account known for this sign-in: bound here alone, or named by the login
 * typed; the setting on; the vault unlocked), the code is filled at once: only into an empty
 * field that the user sees (presented.ts), once per document (automatic-fill.ts). Otherwise
 * the "Fill code" control appears by the field where something can be filled: an account is
 * bound here, one of another host of this portal may be allowed here, or the vault is locked
 * and the code step is in view. A known account fills on click, several open the chooser, an
 * account of another host is filled only after "Allow on this site", a locked vault opens the
 * unlock window first. After a refused code, "Fill next code". Else the page is left alone:
 * it learns nothing of the extension.
 */
export class SignInSession {
  private control: FillControl | null = null;
  private accounts: readonly SignInAccount[] = [];
  private allowable: readonly AllowableAccount[] = [];
  private picked: string | null = null;
  private locked = false;
  private ended = false;
  private dormant = false;
  private nextTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly target: CodeTarget,
    private readonly events: SessionEvents,
    /** A refusal seen before this field appeared (the portal re-rendered the code step). */
    private readonly refusedBefore: RefusedCode | null = null,
  ) {}

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
    if (this.nextTimer !== null) clearTimeout(this.nextTimer);
    this.control?.remove();
    this.control = null;
  }

  /**
   * The portal refused the code filled last: said, and "Fill next code" offered when it can
   * be filled (at once for the key the set-up replaced; else at the next period). From the
   * second refusal in a row, the likeliest cause is this computer's clock: said too.
   */
  showRefused(refused: RefusedCode): void {
    if (this.ended) return;
    this.showControl();
    const wait = refused.from - Date.now();
    this.control?.say(t(wait > 0 ? 'signInRefusedWait' : 'signInRefused'), 'error');
    this.control?.advise(refused.refusals >= 2 ? t('signInClockNote') : '');
    if (this.nextTimer !== null) clearTimeout(this.nextTimer);
    this.nextTimer = setTimeout(
      () => {
        this.nextTimer = null;
        this.control?.say(t('signInRefused'), 'error');
        this.control?.offerNext(() => {
          this.guard(this.fill(refused.nextId));
        });
      },
      Math.max(0, wait),
    );
  }

  private async begin() {
    const answer = await sendFromContent('fill/accounts', null);
    if (this.ended) return;
    this.take(answer);
    if (this.locked && !isPresented(this.target)) {
      this.dormant = true;
      return;
    }
    const refused = (answer.status === 'unlocked' ? answer.refused : null) ?? this.refusedBefore;
    if (refused) {
      this.showRefused(refused);
      return;
    }
    if (!this.locked && this.accounts.length === 0 && this.allowable.length === 0) return;
    const known = this.knownAccount();
    const automatic =
      answer.status === 'unlocked' &&
      answer.automatic &&
      known !== null &&
      valueOf(this.target) === '' &&
      isPresented(this.target) &&
      takeAutomaticFill();
    if (automatic) {
      if (await this.fillAutomatically(known.id)) return;
    }
    this.showControl();
  }

  /** The account this sign-in is for: named by the login typed, or the only one here. */
  private knownAccount(): SignInAccount | null {
    const picked = this.accounts.find((account) => account.id === this.picked);
    if (picked) return picked;
    const [only, ...others] = this.accounts;
    return only && others.length === 0 && this.allowable.length === 0 ? only : null;
  }

  /** Holds the document's one automatic fill meanwhile; gives it back unless a code went in. */
  private async fillAutomatically(id: string): Promise<boolean> {
    let filled = false;
    try {
      // Checked again right before the code goes in: the watcher may have ended this session.
      const outcome = await this.fill(id, () => !this.ended && isPresented(this.target));
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
    const known = this.knownAccount();
    const pickedElsewhere = this.allowable.find((account) => account.id === this.picked);
    const [onlyElsewhere, ...moreElsewhere] = this.allowable;
    if (known) {
      await this.fill(known.id);
    } else if (pickedElsewhere) {
      this.askAllow(pickedElsewhere);
    } else if (this.accounts.length === 0 && onlyElsewhere && moreElsewhere.length === 0) {
      this.askAllow(onlyElsewhere);
    } else if (this.accounts.length === 0 && this.allowable.length === 0) {
      this.control?.say(t('signInNoAccount'), 'info');
    } else if (this.control?.isChooserOpen) {
      this.control.closeChooser();
    } else {
      this.control?.openChooser([...this.accounts, ...this.allowable]);
    }
  }

  private choose(account: SignInAccount) {
    const elsewhere = this.allowable.find((candidate) => candidate.id === account.id);
    if (elsewhere) this.askAllow(elsewhere);
    else this.guard(this.fill(account.id));
  }

  /** Adding this host to an account of another one is the user's act (DESIGN 4.8). */
  private askAllow(account: AllowableAccount) {
    const question = t(
      'signInAllowQuestion',
      accountLabel(account),
      location.host,
      account.boundHost,
    );
    this.control?.askAllow(question, (allowed) => {
      if (!allowed) {
        this.control?.say(t('signInNotAllowed'), 'info');
        return;
      }
      this.guard(this.allowThenFill(account.id));
    });
  }

  private async allowThenFill(id: string) {
    this.control?.setBusy(true);
    await sendFromContent('fill/allow-here', { id });
    this.take(await sendFromContent('fill/accounts', null));
    this.control?.setBusy(false);
    await this.fill(id);
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
  private async fill(id: string, stillPresented?: () => boolean): Promise<FillOutcome> {
    this.control?.setBusy(true);
    const outcome = await fillAccountCode(
      this.target,
      id,
      () => {
        this.control?.say(t('signInWaitingForNextCode'), 'info');
      },
      stillPresented,
    );
    this.control?.setBusy(false);
    if (outcome === 'filled') {
      this.control?.closeChooser();
      this.control?.advise('');
      this.control?.say(t('signInFilled'), 'success');
      this.events.onFilled(this.target);
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
    this.allowable = answer.status === 'locked' ? [] : answer.allowable;
    this.picked = answer.status === 'locked' ? null : answer.picked;
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
          this.choose(account);
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
