import { SONAR_ENROLLMENT_HINTS, SONAR_SIGN_IN_HINTS, type Snippet } from './snippet';

/** 2FA steps of well-known sites, simplified from their public markup (positive cases). */
export const SITE_SNIPPETS: readonly Snippet[] = [
  {
    name: 'Google 2-Step Verification (totpPin, type tel)',
    html: `<h1>2-Step Verification</h1><p>To help keep your account safe, Google wants to make sure it’s really you trying to sign in</p>
      <div>alex@gmail.com</div><p>Get a verification code from the <b>Google Authenticator</b> app</p>
      <div><input type="tel" name="totpPin" id="totpPin" autocomplete="off" pattern="[0-9 ]*" aria-label="Enter code" data-expect>
      <div aria-hidden="true">Enter code</div></div><button>Next</button>`,
  },
  {
    name: 'GitHub two-factor (app_otp, one-time-code)',
    html: `<form action="/sessions/two-factor" method="post"><h1>Two-factor authentication</h1>
      <label for="app_totp">Authentication code</label>
      <input type="text" name="app_otp" id="app_totp" class="form-control input-block" autocomplete="one-time-code" inputmode="numeric" pattern="([0-9]{6})|([0-9a-fA-F]{5}-?[0-9a-fA-F]{5})" data-expect>
      <button type="submit">Verify</button><p>Open your two-factor authenticator (TOTP) app or browser extension to view your authentication code.</p></form>`,
  },
  {
    name: 'Microsoft account (otc, type tel, maxlength 8)',
    html: `<div role="heading">Enter code</div><div>Enter the code displayed in the Microsoft Authenticator app on your mobile device</div>
      <input name="otc" type="tel" id="idTxtBx_SAOTCC_OTC" maxlength="8" autocomplete="off" class="form-control" aria-label="Code" placeholder="Code" data-expect>
      <input type="checkbox" id="idChkBx_SAOTCC_TD"><label for="idChkBx_SAOTCC_TD">Don't ask again for 90 days</label>`,
  },
  {
    name: 'AWS console MFA (mfaCode)',
    html: `<h2>Multi-factor authentication</h2><p>Your account is secured using multi-factor authentication (MFA). To finish signing in, enter the code from your MFA device below.</p>
      <label for="mfaCode">MFA code</label><input id="mfaCode" name="mfaCode" type="text" autocomplete="off" data-expect><button>Submit</button>`,
  },
  {
    name: 'Okta-like Verify (credentials.passcode)',
    html: `<form class="o-form"><h2>Verify with Google Authenticator</h2><p>Enter the temporary code generated in your Google Authenticator app</p>
      <label for="input59">Enter code</label><input type="text" name="credentials.passcode" id="input59" autocomplete="one-time-code" data-expect>
      <input class="button button-primary" type="submit" value="Verify"></form>`,
  },
  {
    name: 'Bank-like: username and password above, security code below',
    html: `<form><label for="u">Customer ID</label><input id="u" name="customerId" autocomplete="username">
      <label for="p">Password</label><input id="p" type="password" name="pwd">
      <label for="sc">6-digit security code from your token</label><input id="sc" name="securityCode" inputmode="numeric" maxlength="6" data-expect></form>`,
  },
  {
    name: 'Sonar-like sign-in, single input, with the profile hints',
    hints: SONAR_SIGN_IN_HINTS,
    html: `<h1>Two-factor authentication</h1><p>Enter the 6-digit code from your authenticator app</p>
      <form novalidate><div class="field"><label for="code">Verification code</label>
      <input id="code" name="code" type="text" autocomplete="one-time-code" inputmode="numeric" pattern="[0-9]*" maxlength="6" spellcheck="false" data-expect></div>
      <button type="submit">Verify</button></form><button>Use a different account</button>`,
  },
  {
    name: 'Sonar-like enrollment pop-up: QR, code, current password (near the QR)',
    hints: SONAR_ENROLLMENT_HINTS,
    near: 'img',
    html: `<div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">Profile</h2>
      <label for="ext">Extension</label><input id="ext" name="extension" value="101">
      <section><h3>Account Security</h3><p>Scan this QR code with Google Authenticator or Salesforce Authenticator.</p>
      <div class="qr-frame"><img alt="QR code for Google Authenticator" src="data:image/png;base64,AAAA"></div>
      <form novalidate><div class="field"><label for="mfa-code">Enter the code generated from the QR scan</label>
      <input id="mfa-code" name="verificationCode" type="text" inputmode="numeric" autocomplete="off" maxlength="6" data-expect></div>
      <div class="field"><label for="mfa-password">Current Sonar password</label><input id="mfa-password" name="currentPassword" type="password" autocomplete="current-password"></div>
      <button type="submit">Save</button></form></section></div>`,
  },
  {
    name: 'Sonar-like enrollment without hints or near: generic signals suffice',
    html: `<section><h3>Account Security</h3><div class="qr-frame"><canvas role="img" aria-label="QR code for Google Authenticator"></canvas></div>
      <label for="mfa-code">Enter the code generated from the QR scan</label>
      <input id="mfa-code" name="verificationCode" type="text" inputmode="numeric" autocomplete="off" maxlength="6" data-expect>
      <label for="mfa-password">Current Sonar password</label><input id="mfa-password" name="currentPassword" type="password"></section>`,
  },
  {
    name: 'GitLab two-factor (user[otp_attempt])',
    html: `<form action="/users/sign_in"><label for="user_otp_attempt">Enter verification code</label>
      <input class="form-control" autocomplete="off" inputmode="numeric" type="text" name="user[otp_attempt]" id="user_otp_attempt" data-expect>
      <p>Enter the code from your two-factor authenticator app. If you've lost your device, you may enter one of your recovery codes.</p></form>`,
  },
  {
    name: 'Dropbox-like: unlabeled code field under a 2-step heading',
    html: `<h1>Enter security code</h1><p>Enter the code from your authenticator app.</p>
      <form><input type="text" name="code" inputmode="numeric" maxlength="6" data-expect><button>Submit code</button></form>`,
  },
  {
    name: 'Auth0-like (name=code, placeholder)',
    html: `<h1>Verify Your Identity</h1><p>Check your preferred one-time password application for a code.</p>
      <label for="code">Enter your one-time code</label><input id="code" name="code" type="text" inputmode="numeric" pattern="[0-9]*" autocomplete="one-time-code" data-expect>`,
  },
  {
    name: 'Login page with the code step on the same form: the code, not the username',
    html: `<form><input name="username" placeholder="Username"><input type="password" name="password" placeholder="Password">
      <input name="totp" placeholder="Authenticator code (if enabled)" data-expect><button>Log in</button></form>`,
  },
  {
    name: 'TOTP field next to a recovery-code field: the TOTP one',
    html: `<div><label for="totp">Authentication code</label><input id="totp" name="totp" inputmode="numeric" data-expect></div>
      <details open><summary>Lost your device?</summary><label for="rc">Recovery code</label><input id="rc" name="recovery_code"></details>`,
  },
  {
    name: 'A masked (password-type) OTP field that says what it is',
    html: `<label for="otp">One-time password</label><input id="otp" name="otp" type="password" autocomplete="one-time-code" data-expect>`,
  },
  {
    name: 'Plain input with only format signals (numeric, 6 long) under a "code" label',
    html: `<label>Code <input name="c" inputmode="numeric" maxlength="6" data-expect></label>`,
  },
];
