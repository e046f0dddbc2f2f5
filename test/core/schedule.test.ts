import { expect } from '@open-wc/testing';
import { buildSchedule } from '../../src/core/schedule.js';
import { DEFAULT_DOSAGE, parseDosage, type Dosage } from '../../src/core/dosage.js';

const dose = (over: Partial<Dosage> = {}): Dosage => ({ ...DEFAULT_DOSAGE, ...over });
const shape = (d: Dosage) => buildSchedule(d).phases.map((p) => `${p.kind}:${p.side ?? '-'}${p.rep}@${p.start}+${p.duration}`);

describe('buildSchedule', () => {
  it('follows the article by default: 3 s count-in, 15 s holds, 2 reps a side, left then right, 5 s rests, 8 s to switch sides', () => {
    expect(shape(dose())).to.deep.equal([
      'lead-in:left1@0+3000',
      'hold:left1@3000+15000',
      'rest:left2@18000+5000',
      'hold:left2@23000+15000',
      'rest:right1@38000+8000',
      'hold:right1@46000+15000',
      'rest:right2@61000+5000',
      'hold:right2@66000+15000',
    ]);
    const s = buildSchedule(dose());
    expect(s.total).to.equal(81000);
    expect(s.holds).to.equal(4);
  });

  it('gives time to get into position after the get-ready words: ready-time plus the words, in whole seconds', () => {
    // 6.5 s of words + 10 s ready-time: the count-in is 17 s, so 10.5 s remain after the words.
    expect(shape(dose({ holdMax: 20 }))[0]).to.equal('lead-in:left1@0+3000');
    const withWords = buildSchedule(dose(), { ready: 6500 });
    expect(withWords.phases[0]).to.include({ kind: 'lead-in', duration: 17000 });
    expect(withWords.phases[0].duration - 6500).to.be.at.least(10000);
    // The count-in is the least it will be; ready-time 0 turns the extra time off: the count-in as written.
    expect(buildSchedule(dose({ leadIn: 20 }), { ready: 6500 }).phases[0].duration).to.equal(20000);
    expect(buildSchedule(dose({ readyTime: 0 }), { ready: 6500 }).phases[0].duration).to.equal(3000);
    expect(buildSchedule(dose({ readyTime: 1 }), { ready: 6500 }).phases[0].duration).to.equal(8000);
  });

  it('gives time to change sides after the switch words: switch-time plus the words; other rests keep the dose', () => {
    const s = buildSchedule(dose(), { ready: 6000, switch: 3000 });
    const rests = s.phases.filter((p) => p.kind === 'rest').map((p) => p.duration);
    expect(rests).to.deep.equal([5000, 11000, 5000]);
    expect(buildSchedule(dose({ switchTime: 0 }), { switch: 3000 }).phases[4].duration, 'switch-time 0: the rest as written').to.equal(5000);
    expect(buildSchedule(dose({ switchTime: 0, rest: 0, reps: 1 }), { switch: 3000 }).phases.map((p) => p.kind)).to.deep.equal(['lead-in', 'hold', 'hold']);
    expect(buildSchedule(dose({ rest: 30 }), { switch: 3000 }).phases[4].duration).to.equal(30000);
    // Alternating sides switches at every rest.
    const alternate = buildSchedule(dose({ order: 'alternate' }), { switch: 3000 });
    expect(alternate.phases.filter((p) => p.kind === 'rest').map((p) => p.duration)).to.deep.equal([11000, 11000, 11000]);
  });

  it('never lengthens a hold: holds keep the article\'s dose whatever is said', () => {
    const holds = buildSchedule(dose({ holdMax: 20 }), { ready: 9000, switch: 4000 }).phases.filter((p) => p.kind === 'hold');
    expect(holds.map((p) => [p.duration, p.target])).to.deep.equal([[20000, 15000], [20000, 15000], [20000, 15000], [20000, 15000]]);
  });

  it('alternates sides when asked', () => {
    const sides = buildSchedule(dose({ order: 'alternate' })).phases.filter((p) => p.kind === 'hold').map((p) => `${p.side}${p.rep}`);
    expect(sides).to.deep.equal(['left1', 'right1', 'left2', 'right2']);
  });

  it('runs a range hold to its upper end and marks the minimum as its target', () => {
    const hold = buildSchedule(dose({ hold: 15, holdMax: 20 })).phases[1];
    expect(hold.kind).to.equal('hold');
    expect(hold.duration).to.equal(20000);
    expect(hold.target).to.equal(15000);
  });

  it('drops zero-length rests and count-ins', () => {
    expect(shape(dose({ rest: 0, leadIn: 0, reps: 1, switchTime: 0 }))).to.deep.equal(['hold:left1@0+15000', 'hold:right1@15000+15000']);
    expect(shape(dose({ rest: 0, leadIn: 0, reps: 2, sides: 'left' }))).to.deep.equal(['hold:left1@0+15000', 'hold:left2@15000+15000']);
  });

  it('handles one rep, one side, and no sides', () => {
    expect(shape(dose({ reps: 1, sides: 'right' }))).to.deep.equal(['lead-in:right1@0+3000', 'hold:right1@3000+15000']);
    expect(shape(dose({ reps: 2, sides: 'none', leadIn: 0 }))).to.deep.equal(['hold:-1@0+15000', 'rest:-2@15000+5000', 'hold:-2@20000+15000']);
  });

  it('numbers holds across sides', () => {
    const numbers = buildSchedule(dose()).phases.map((p) => p.holdNumber);
    expect(numbers).to.deep.equal([1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('parseDosage', () => {
  it('reads good attributes', () => {
    const { dosage, problems } = parseDosage({ hold: '20', holdMax: '30', reps: '3', sides: 'LEFT', rest: '0', leadIn: 10, order: 'alternate', readyTime: '15', switchTime: 0 });
    expect(problems).to.be.empty;
    expect(dosage).to.deep.equal({ hold: 20, holdMax: 30, reps: 3, sides: 'left', rest: 0, leadIn: 10, order: 'alternate', readyTime: 15, switchTime: 0 });
  });

  for (const [attribute, value] of [
    ['hold', '-5'],
    ['hold', 'abc'],
    ['hold', ''],
    ['hold', '99999'],
    ['reps', '1.5'],
    ['reps', '0'],
    ['sides', 'both-legs'],
    ['rest', '-1'],
    ['lead-in', 'Infinity'],
    ['ready-time', '-3'],
    ['switch-time', '121'],
    ['order', 'random'],
    ['hold-max', 'NaN'],
  ] as const) {
    it(`falls back to the base and reports ${attribute}="${value}"`, () => {
      const key = attribute.replace(/-(\w)/, (_, c: string) => c.toUpperCase());
      const { dosage, problems } = parseDosage({ [key]: value });
      expect(dosage).to.deep.equal(DEFAULT_DOSAGE);
      expect(problems).to.have.length(1);
      expect(problems[0].attribute).to.equal(attribute);
      expect(problems[0].value).to.equal(value);
      expect(problems[0].accepts).to.be.a('string').and.not.empty;
    });
  }

  it('treats a hold-max below hold as no range, and says so', () => {
    const { dosage, problems } = parseDosage({ hold: '20', holdMax: '10' });
    expect(dosage.hold).to.equal(20);
    expect(dosage.holdMax).to.equal(null);
    expect(problems.map((p) => p.attribute)).to.deep.equal(['hold-max']);
  });

  it('drops an inherited range that a longer hold overrides, without a warning', () => {
    const { dosage, problems } = parseDosage({ hold: '25' }, { ...DEFAULT_DOSAGE, holdMax: 20 });
    expect(dosage.holdMax).to.equal(null);
    expect(problems).to.be.empty;
  });
});
