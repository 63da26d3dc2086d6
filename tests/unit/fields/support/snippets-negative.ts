import { SONAR_SIGN_IN_HINTS, type Snippet } from './snippet';

/** Inputs that look a bit like a code field but must never get a code (issue 6). */
export const NEGATIVE_SNIPPETS: readonly Snippet[] = [
  {
    name: 'GitHub recovery code page',
    html: `<h1>Two-factor recovery</h1><label for="recovery_code">Recovery code</label>
      <input id="recovery_code" name="recovery_code" autocomplete="off" class="form-control">`,
  },
  {
    name: 'Backup code field even with a 2FA heading and numeric format',
    html: `<h1>Two-factor authentication</h1><label for="b">Enter one of your backup codes</label>
      <input id="b" name="backupCode" inputmode="numeric" maxlength="8">`,
  },
  {
    name: 'SMS set-up: phone number field',
    html: `<h2>Set up two-factor authentication by text message</h2><label for="ph">Phone number</label>
      <input id="ph" name="phone" type="tel" maxlength="15">`,
  },
  {
    name: 'SMS code field ("we texted you a code")',
    html: `<p>We sent a text message with a code to (•••) •••-••12.</p><label for="s">SMS code</label>
      <input id="s" name="smsCode" inputmode="numeric" maxlength="6"><a href="#">Resend code</a>`,
  },
  {
    name: 'E-mail field of a sign-in page',
    html: `<label for="e">Email</label><input id="e" name="login" type="email" autocomplete="username">`,
  },
  {
    name: 'E-mail verification code field',
    html: `<label for="ev">Email verification code</label><input id="ev" name="emailCode" maxlength="6">`,
  },
  {
    name: 'Checkout coupon code, even with the Sonar profile selector name*="code"',
    hints: SONAR_SIGN_IN_HINTS,
    html: `<label for="cc">Coupon code</label><input id="cc" name="couponCode" maxlength="8">`,
  },
  {
    name: 'Promo code and gift card',
    html: `<input name="promo" placeholder="Promo code"><input name="giftcard" placeholder="Gift card number">`,
  },
  {
    name: 'Postal code, even with the Sonar profile selector name*="code"',
    hints: SONAR_SIGN_IN_HINTS,
    html: `<label for="z">ZIP / Postal code</label><input id="z" name="postalCode" maxlength="7">`,
  },
  {
    name: 'Search box (type search, and a q text field in a search role)',
    html: `<input type="search" name="search" placeholder="Search codes">
      <div role="search"><input type="text" name="query" placeholder="Find a code"></div>`,
  },
  {
    name: 'Password-only sign-in form',
    html: `<form><label for="pw">Password</label><input id="pw" type="password" name="password" autocomplete="current-password"><button>Sign in</button></form>`,
  },
  {
    name: 'Username and password (Sonar-like first step)',
    html: `<form><label for="l">Login name</label><input id="l" name="login" placeholder="extension@company.com" autocomplete="username">
      <label for="p">Password</label><input id="p" type="password" name="password"></form>`,
  },
  {
    name: 'CAPTCHA answer field',
    html: `<img alt="captcha"><label for="cap">Type the characters you see</label><input id="cap" name="captcha_code" maxlength="6">`,
  },
  {
    name: 'Card security code (CVV) on a payment form',
    html: `<label for="n">Card number</label><input id="n" autocomplete="cc-number">
      <label for="cvv">Security code</label><input id="cvv" name="securityCode" autocomplete="cc-csc" maxlength="4">`,
  },
  {
    name: 'A lone "code" field with nothing else to go on (comment-like)',
    html: `<label for="r">Referral code</label><input id="r" name="code">`,
  },
  {
    name: 'Disabled and read-only code fields',
    html: `<input name="otp" autocomplete="one-time-code" disabled><input name="totp" autocomplete="one-time-code" readonly>
      <fieldset disabled><input name="mfaCode" autocomplete="one-time-code"></fieldset>`,
  },
  {
    name: 'Not an input at all: a textarea and hidden input',
    html: `<textarea name="otp"></textarea><input type="hidden" name="otp" value="x">`,
  },
];
