// `npm run rfm -- FILE --plan PLAN.json --out-plan RESULT.json` as a user runs it. The numbers are
// worked out by hand for test/fixtures/plan/orders.csv at 2024-04-01: Lost is P10 (no contact),
// P11 (e-mail, push) and P12 (phone, messenger); lost-plan.json sends e-mail, push, the messenger
// with its USD defaults (0.09 charged on delivery, 0.95 / 0.8 / 0.08, not read) and SMS; the
// expected RESULT.json, worked out by hand, is test/fixtures/plan/lost-result.json
// (helpers/plan-result.ts), which plan.test.ts also checks the engine and lib path against.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectResult } from './helpers/plan-result';
import { rfm, type Run } from './helpers/cli-run';

// A run takes 5-10 s alone; on a 2-core machine busy with other test files it has taken over 30.
const TIMEOUT = 55_000;
const outDir = mkdtempSync(path.join(tmpdir(), 'cvm-cli-plan-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));



const ORDERS = 'test/fixtures/plan/orders.csv';
const PLAN = 'test/fixtures/plan/lost-plan.json';
const CONTACTS = ['--email', 'email', '--phone', 'phone', '--push', 'push', '--messenger', 'messenger'];

function planFile(name: string, plan: unknown): string {
  const file = path.join(outDir, name);
  writeFileSync(file, typeof plan === 'string' ? plan : JSON.stringify(plan));
  return file;
}

function expectOneLineError(result: Run, message: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
}

describe('the cascade of a plan', () => {
  it('writes RESULT.json with the hand-computed numbers and prints the table', { timeout: TIMEOUT }, async () => {
    const out = path.join(outDir, 'result.json');
    const run = await rfm(ORDERS, '--as-of', '2024-04-01', ...CONTACTS, '--plan', PLAN, '--out-plan', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Channel cascade for Lost: 3 customers, 2 reachable by at least one step (costs in USD)');
    expect(run.stdout).toMatch(/^\s+4\s+SMS\s+1\s+0\.24\s+0\.24\s+0\.24\s+0\.02\s+1\.20$/m);
    expect(run.stdout).toContain('SMS to everyone with a phone: 1.00 sent, 0.10 responses, cost 5.00 (50.00 a response); the cascade saves 3.61.');
    expect(run.stdout).toContain(`Wrote the cascade to ${out}.`);
    expectResult(JSON.parse(readFileSync(out, 'utf8')));
  });

  it('writes a target list per step with the contact and the rendered message, and the control group apart', { timeout: TIMEOUT }, async () => {
    // Lost is P10 (no contact), P11 (e-mail, push) and P12 (blank e-mail, phone, messenger).
    const plan = path.join(outDir, 'targets-plan.json');
    writeFileSync(
      plan,
      JSON.stringify({ segment: 'Lost', offer: '20% off', steps: [{ channel: 'email', message: '{days_since_purchase} days since {last_purchase_date}: {offer}' }, { channel: 'push' }, { channel: 'messenger' }, { channel: 'sms', message: 'Back? {offer}' }] }),
    );
    const dir = path.join(outDir, 'targets');
    const run = await rfm(ORDERS, '--as-of', '2024-04-01', ...CONTACTS, '--plan', plan, '--out-targets', dir, '--control', '0');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const file = (name: string) => readFileSync(path.join(dir, name), 'utf8').trim().split(/\r?\n/);
    // P11's last purchase 2023-05-01, 336 days before the as-of date 2024-04-01.
    expect(file('1-email.csv')).toEqual(['customer_id,segment,contact,message', 'P11,Lost,gail@example.com,336 days since 2023-05-01: 20% off']);
    expect(file('2-push.csv')).toEqual(['customer_id,segment,contact,message', 'P11,Lost,tok-p11,']);
    expect(file('3-messenger.csv')).toEqual(['customer_id,segment,contact,message', 'P12,Lost,wa-p12,']);
    // The phone as its digits: what a gateway takes, and no "+" a spreadsheet would read as a formula.
    expect(file('4-sms.csv')).toEqual(['customer_id,segment,contact,message', 'P12,Lost,79123456712,Back? 20% off']);
    expect(file('control.csv')).toEqual(['customer_id,segment']);
    expect(run.stdout).toContain('  1-email.csv: 1 customer to send to first.');
    expect(run.stdout).toContain(`Wrote 5 files to ${dir}.`);

    // A third held out, drawn again from the same seed: the same customer, in no list. It is drawn
    // from the 2 customers the plan reaches (P11, P12), never P10 whom no step reaches:
    // round(0.34 × 2) = 1 (it was round(0.34 × 3) = 1 of all 3 before, with P10 a possible pick).
    const again = async () => {
      const held = path.join(outDir, 'held');
      const result = await rfm(ORDERS, '--as-of', '2024-04-01', ...CONTACTS, '--plan', plan, '--out-targets', held, '--control', '34%', '--seed', '5');
      expect(result.stdout).toContain('Control group: 1 of the 2 customers the plan reaches (34%, seed 5)');
      const control = readFileSync(path.join(held, 'control.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
      const listed = ['1-email.csv', '2-push.csv', '3-messenger.csv', '4-sms.csv'].flatMap((n) => readFileSync(path.join(held, n), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(',')[0]));
      expect(control).toHaveLength(1);
      expect(['P11', 'P12']).toContain(control[0].split(',')[0]);
      expect(listed).not.toContain(control[0].split(',')[0]);
      return control;
    };
    expect(await again()).toEqual(await again());
  });

  it('prices the SMS step per part of its message: a Cyrillic text of 2 parts doubles the SMS cost', { timeout: TIMEOUT }, async () => {
    // 108 Cyrillic characters: UCS-2, over the 70 of one part and within 2 × 67. The only customer
    // with a phone is P12, so the mean is 2 parts: SMS 0.24 sent × 5 × 2 = 2.40 (1.20 without a
    // message), and SMS to everyone with a phone 1 × 5 × 2 = 10.00 (5.00).
    const message = 'Давно не виделись! Для вас личное предложение: скидка 20% на любимые товары до конца месяца. Ждём вас снова!';
    const plan = JSON.parse(readFileSync(PLAN, 'utf8'));
    plan.steps[3].message = message;
    const run = await rfm(ORDERS, '--as-of', '2024-04-01', ...CONTACTS, '--plan', planFile('cyrillic-sms.json', plan));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\s+4\s+SMS\s+1\s+0\.24\s+0\.24\s+0\.24\s+0\.02\s+2\.40$/m);
    expect(run.stdout).toContain('SMS to everyone with a phone: 1.00 sent, 0.10 responses, cost 10.00 (100.00 a response)');
  });

  it('says a step reaches nobody when its contact column is not given', { timeout: TIMEOUT }, async () => {
    const run = await rfm(ORDERS, '--as-of', '2024-04-01', '--email', 'email', '--plan', PLAN);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No contact column for SMS (--phone): that step reaches nobody.');
    expect(run.stdout).toContain('Channel cascade for Lost: 3 customers, 1 reachable by at least one step');
  });
});

describe('a plan that cannot be used', () => {
  it.each([
    ['not-json.json', '{ "segment": "Lost", ', /^not-json\.json: not valid JSON \(.+\)\.$/],
    ['bad-rate.json', { segment: 'Lost', steps: [{ channel: 'email', delivery: 1.5 }] }, /^bad-rate\.json: steps\[0\]\.delivery must be a share from 0 to 1 \(0\.25 for 25 %\), got 1\.5\.$/],
    ['bad-channel.json', { segment: 'Lost', steps: [{ channel: 'fax' }] }, /^bad-channel\.json: steps\[0\]\.channel is "fax"; a channel is one of email, push, messenger, sms\.$/],
    ['bad-field.json', { segment: 'Lost', steps: [{ channel: 'sms', cost: 5 }] }, /^bad-field\.json: steps\[0\]\.cost is not a field of a plan/],
    ['no-steps.json', { segment: 'Lost', steps: [] }, /^no-steps\.json: "steps" must be a list of at least one step\.$/],
    ['bad-fallback.json', { segment: 'Lost', steps: [{ channel: 'sms', fallback: 'never' }] }, /^bad-fallback\.json: steps\[0\]\.fallback must be one of not_delivered, not_read, no_response, got "never"\.$/],
  ])('%s: exit 2 with one line naming the file and the field', { timeout: TIMEOUT }, async (name, plan, message) => {
    expectOneLineError(await rfm(ORDERS, '--plan', planFile(name, plan)), message);
  });

  it('names the segments when the plan names none of them', { timeout: TIMEOUT }, async () => {
    const run = await rfm(ORDERS, '--as-of', '2024-04-01', '--plan', planFile('unknown.json', { segment: 'VIP', steps: [{ channel: 'sms' }] }));
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^unknown\.json: segment “VIP” is no segment of this analysis; its segments: Champions, .*Lost/);
  });

  it('refuses a contact column the file does not have, and --push without --plan', { timeout: TIMEOUT }, async () => {
    const run = await rfm(ORDERS, '--push', 'token', '--plan', PLAN);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^The order file has no column “token” \(--push\)\. Its columns: customer, date/);
    expectOneLineError(await rfm(ORDERS, '--push', 'push'), /^--push needs --plan PLAN\.json$/);
  });
});
