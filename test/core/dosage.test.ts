/** Explicit beats built-in: what a page writes on top of a stretch's own dose. */
import { expect } from '@open-wc/testing';
import { DEFAULT_DOSAGE, parseDosage, type Dosage } from '../../src/core/dosage.js';
import { STRETCH_META } from '../../src/content/meta.js';

const hamstring = STRETCH_META.hamstring.dosage; // 15–20 s
const hold = (d: Dosage) => [d.hold, d.holdMax];

describe('parseDosage: explicit beats built-in', () => {
  it('keeps the built-in range when nothing is written', () => {
    const { dosage, problems } = parseDosage({}, hamstring);
    expect(hold(dosage)).to.deep.equal([15, 20]);
    expect(problems).to.be.empty;
  });

  for (const [written, expected] of [
    ['1', [1, null]],
    ['10', [10, null]],
    ['15', [15, null]],
    ['25', [25, null]],
  ] as const) {
    it(`hold="${written}" alone replaces the built-in 15–20 s range: ${expected[0]} s, silently`, () => {
      const { dosage, problems } = parseDosage({ hold: written }, hamstring);
      expect(hold(dosage)).to.deep.equal(expected);
      expect(problems).to.be.empty;
    });
  }

  it('a number set from script counts as written', () => {
    expect(hold(parseDosage({ hold: 1 }, hamstring).dosage)).to.deep.equal([1, null]);
  });

  it('hold with hold-max gives that range', () => {
    const { dosage, problems } = parseDosage({ hold: '10', holdMax: '12' }, hamstring);
    expect(hold(dosage)).to.deep.equal([10, 12]);
    expect(problems).to.be.empty;
  });

  it('hold-max alone stretches the built-in range', () => {
    expect(hold(parseDosage({ holdMax: '30' }, hamstring).dosage)).to.deep.equal([15, 30]);
  });

  it('hold-max equal to hold just means that many seconds, silently', () => {
    const { dosage, problems } = parseDosage({ hold: '10', holdMax: '10' }, hamstring);
    expect(hold(dosage)).to.deep.equal([10, null]);
    expect(problems).to.be.empty;
  });

  it('hold-max below hold is reported once and dropped', () => {
    const { dosage, problems } = parseDosage({ hold: '10', holdMax: '5' }, hamstring);
    expect(hold(dosage)).to.deep.equal([10, null]);
    expect(problems).to.deep.equal([
      { attribute: 'hold-max', value: '5', accepts: 'a number of seconds greater than hold (10)', fallback: 'no range' },
    ]);
  });

  it('hold-max below the built-in hold is dropped back to the built-in range', () => {
    const { dosage, problems } = parseDosage({ holdMax: '12' }, hamstring);
    expect(hold(dosage)).to.deep.equal([15, 20]);
    expect(problems.map((p) => [p.attribute, p.fallback])).to.deep.equal([['hold-max', '20']]);
  });

  it('a bad hold falls back to the built-in range, and says so', () => {
    const { dosage, problems } = parseDosage({ hold: '-5' }, hamstring);
    expect(hold(dosage)).to.deep.equal([15, 20]);
    expect(problems.map((p) => [p.attribute, p.value, p.fallback])).to.deep.equal([['hold', '-5', '15–20']]);
  });

  it('a bad hold-max next to a good hold gives no range, and says so', () => {
    const { dosage, problems } = parseDosage({ hold: '10', holdMax: 'lots' }, hamstring);
    expect(hold(dosage)).to.deep.equal([10, null]);
    expect(problems.map((p) => [p.attribute, p.value, p.fallback])).to.deep.equal([['hold-max', 'lots', 'no range']]);
  });

  it('NaN (a number property given text that is not a number) is reported, not taken as 0', () => {
    const { dosage, problems } = parseDosage({ rest: NaN, reps: NaN });
    expect(dosage).to.deep.equal(DEFAULT_DOSAGE);
    expect(problems.map((p) => p.attribute)).to.deep.equal(['reps', 'rest']);
  });

  it('names the fallback of every other field', () => {
    const { problems } = parseDosage({ reps: '0', sides: 'up', rest: '-1', leadIn: '999', order: 'random' }, STRETCH_META.glute.dosage);
    expect(problems.map((p) => `${p.attribute}→${p.fallback}`)).to.deep.equal(['reps→2', 'sides→both', 'rest→5', 'lead-in→10', 'order→sides-in-turn']);
  });
});
