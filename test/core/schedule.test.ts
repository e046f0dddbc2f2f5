import { expect } from '@open-wc/testing';
import { buildSchedule } from '../../src/core/schedule.js';
import { DEFAULT_DOSAGE, parseDosage, type Dosage } from '../../src/core/dosage.js';

const dose = (over: Partial<Dosage> = {}): Dosage => ({ ...DEFAULT_DOSAGE, ...over });
const shape = (d: Dosage) => buildSchedule(d).phases.map((p) => `${p.kind}:${p.side ?? '-'}${p.rep}@${p.start}+${p.duration}`);

describe('buildSchedule', () => {
  it('follows the article by default: 3 s count-in, 15 s holds, 2 reps a side, left then right, 5 s rests', () => {
    expect(shape(dose())).to.deep.equal([
      'lead-in:left1@0+3000',
      'hold:left1@3000+15000',
      'rest:left2@18000+5000',
      'hold:left2@23000+15000',
      'rest:right1@38000+5000',
      'hold:right1@43000+15000',
      'rest:right2@58000+5000',
      'hold:right2@63000+15000',
    ]);
    const s = buildSchedule(dose());
    expect(s.total).to.equal(78000);
    expect(s.holds).to.equal(4);
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
    expect(shape(dose({ rest: 0, leadIn: 0, reps: 1 }))).to.deep.equal(['hold:left1@0+15000', 'hold:right1@15000+15000']);
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
    const { dosage, problems } = parseDosage({ hold: '20', holdMax: '30', reps: '3', sides: 'LEFT', rest: '0', leadIn: 10, order: 'alternate' });
    expect(problems).to.be.empty;
    expect(dosage).to.deep.equal({ hold: 20, holdMax: 30, reps: 3, sides: 'left', rest: 0, leadIn: 10, order: 'alternate' });
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
    ['order', 'random'],
    ['hold-max', 'NaN'],
  ] as const) {
    it(`falls back to the base and reports ${attribute}="${value}"`, () => {
      const key = attribute === 'hold-max' ? 'holdMax' : attribute === 'lead-in' ? 'leadIn' : attribute;
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
