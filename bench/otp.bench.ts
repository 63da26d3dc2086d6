/**
 * Issue 3: "codes for 1,000 accounts" (the popup lists up to that many, each with its current
 * and next code) and otpauth parsing at the same scale. The async otplib path is measured
 * beside the synchronous one that otp.ts uses, to show why.
 */
import { createGuardrails, generate } from 'otplib';
import { encodeBase32 } from '../src/core/base32';
import { codesAt } from '../src/core/otp';
import type { HashAlgorithm, OtpAccount, OtpParameters } from '../src/core/otp-types';
import { buildOtpauthUri, parseOtpauthUri } from '../src/core/otpauth';
import type { Bench } from './harness';

const NOW = 1_700_000_000_000;

/** Deterministic pseudo-random bytes, so every run measures the same accounts. */
function bytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed * 2_654_435_761;
  for (let index = 0; index < length; index++) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    out[index] = state >>> 24;
  }
  return out;
}

/** 1,000 accounts: mostly SHA1 6-digit TOTP as real vaults are, plus every other kind. */
function accountMix(): OtpAccount[] {
  return Array.from({ length: 1000 }, (_, index): OtpAccount => {
    const secret = encodeBase32(bytes(index + 1, index % 3 === 0 ? 10 : 20));
    const kind = index % 20;
    let params: OtpParameters;
    if (kind < 12) params = { type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 };
    else if (kind < 15)
      params = { type: 'totp', secret, algorithm: 'SHA256', digits: 8, period: 30 };
    else if (kind < 17) {
      params = {
        type: 'totp',
        secret: encodeBase32(bytes(index, 64)),
        algorithm: 'SHA512',
        digits: 8,
        period: 60,
      };
    } else if (kind < 19)
      params = { type: 'hotp', secret, algorithm: 'SHA1', digits: 6, counter: index };
    else params = { type: 'steam', secret };
    return { issuer: `Service ${index % 37}`, account: `user${index}@example.com`, params };
  });
}

const otplibAlgorithm = (algorithm: HashAlgorithm) =>
  algorithm.toLowerCase() as 'sha1' | 'sha256' | 'sha512';

export async function run(bench: Bench): Promise<void> {
  const accounts = accountMix();
  const uris = accounts.map((account) => buildOtpauthUri(account));
  const counts = accounts.reduce<Record<string, number>>((tally, { params }) => {
    const key = params.type === 'totp' ? params.algorithm : params.type;
    tally[key] = (tally[key] ?? 0) + 1;
    return tally;
  }, {});
  const mix = Object.entries(counts)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');

  await bench.measure(
    'codesAt: current + next code, 1,000 accounts',
    () => accounts.map(({ params }) => codesAt(params, NOW)),
    { runs: 15, warmup: 3, note: mix },
  );

  const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10, MAX_SECRET_BYTES: 128 });
  const timeBased = accounts.flatMap(({ params }) => (params.type === 'totp' ? [params] : []));
  await bench.measure(
    `otplib async generate, current + next, ${timeBased.length} TOTP (comparison)`,
    () =>
      Promise.all(
        timeBased.flatMap((params) =>
          [0, params.period].map((offset) =>
            generate({
              secret: params.secret,
              algorithm: otplibAlgorithm(params.algorithm),
              digits: params.digits,
              period: params.period,
              epoch: NOW / 1000 + offset,
              guardrails,
            }),
          ),
        ),
      ),
    { runs: 15, warmup: 3 },
  );

  await bench.measure('parseOtpauthUri, 1,000 URIs', () => uris.map(parseOtpauthUri), {
    runs: 15,
    warmup: 3,
  });
  await bench.measure(
    'buildOtpauthUri, 1,000 accounts',
    () => accounts.map((account) => buildOtpauthUri(account)),
    { runs: 15, warmup: 3 },
  );
}
