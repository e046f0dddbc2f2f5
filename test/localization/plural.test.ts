import { expect } from '@open-wc/testing';
import { plural, type PluralForms } from '../../src/localization/plural.js';
import { startLocaleSync } from '../../src/localization/locale.js';
import { secondsUnit } from '../../src/components/hold-timer/hold-timer.text.js';
import { completeAnnouncement, cueWords, timeLeft } from '../../src/components/hold-timer/narration.js';
import { daySummary, resumeNote, sessionsToday } from '../../src/components/stretch-routine/stretch-routine.text.js';
import { perDayChip } from '../../src/components/stretch-card/stretch-card.text.js';
import { buildSchedule } from '../../src/core/schedule.js';
import { DEFAULT_DOSAGE } from '../../src/core/dosage.js';
import { setPageLang } from './helpers.js';

const forms: PluralForms = { zero: 'ZERO', one: 'ONE', two: 'TWO', few: 'FEW', many: 'MANY', other: 'OTHER' };
const pick = (ns: number[]) => ns.map((n) => plural(n, forms));

describe('plural()', () => {
  before(() => startLocaleSync());
  afterEach(() => setPageLang('en'));

  it('English: one for 1, other for the rest', () => {
    expect(pick([0, 1, 2, 5, 100])).to.deep.equal(['OTHER', 'ONE', 'OTHER', 'OTHER', 'OTHER']);
  });

  it('Arabic: all six forms (0 zero, 1 one, 2 two, 3 few, 11 many, 100 other)', async () => {
    await setPageLang('ar');
    expect(pick([0, 1, 2, 3, 11, 100])).to.deep.equal(['ZERO', 'ONE', 'TWO', 'FEW', 'MANY', 'OTHER']);
    expect(pick([10, 99, 102, 103, 111])).to.deep.equal(['FEW', 'MANY', 'OTHER', 'FEW', 'MANY']);
  });

  it('French and Portuguese: 0 is one; Chinese: always other', async () => {
    await setPageLang('fr');
    expect(pick([0, 1, 2])).to.deep.equal(['ONE', 'ONE', 'OTHER']);
    await setPageLang('pt-BR');
    expect(pick([0, 1, 2])).to.deep.equal(['ONE', 'ONE', 'OTHER']);
    await setPageLang('zh-CN');
    expect(pick([0, 1, 2, 11])).to.deep.equal(['OTHER', 'OTHER', 'OTHER', 'OTHER']);
  });

  it('takes a function of the form too (what the bundle passes, see scripts/msg-trim.mjs)', async () => {
    await setPageLang('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(n, (f) => f))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
  });
});

describe('plural sentences', () => {
  before(() => startLocaleSync());
  afterEach(() => setPageLang('en'));

  it('English counts agree with their nouns, "0 of 1 session" included', () => {
    expect([0, 1, 2, 15].map(secondsUnit)).to.deep.equal(['seconds', 'second', 'seconds', 'seconds']);
    expect(sessionsToday(0, 1)).to.equal('0 of 1 session done today');
    expect(sessionsToday(0, 2)).to.equal('0 of 2 sessions done today');
    expect(sessionsToday(1, 2)).to.equal('Session 1 of 2 done today');
    expect(sessionsToday(3, 2)).to.equal('3 sessions done today. Your goal is 2.');
    expect(daySummary('Mon', 1, 1)).to.equal('Mon: 1 of 1 session');
    expect(daySummary('Mon', 0, 2)).to.equal('Mon: 0 of 2 sessions');
    expect(resumeNote(1, 2)).to.equal('You did 1 of 2 stretches earlier today.');
    expect([1, 2, 3].map(perDayChip)).to.deep.equal(['At least once a day', 'At least twice a day', 'At least 3 times a day']);
    expect(completeAnnouncement(1)).to.equal('All done. Well done!');
    expect(completeAnnouncement(4)).to.equal('All done. You finished all 4 holds. Well done!');
  });

  it('English spoken and screen-reader words are whole sentences, the count in the sentence that names the unit', () => {
    const [, hold] = buildSchedule({ ...DEFAULT_DOSAGE, leadIn: 1, hold: 15, holdMax: 20, reps: 2, sides: 'both' }).phases;
    const words = cueWords({ sideNoun: 'leg', prompt: null, caution: null, closing: null }, 4);
    expect(words.phase(hold, false)).to.equal('Hold: left leg');
    expect(words.target(hold)).to.deep.equal(['You can stop now, or keep holding up to 20.', 'You can stop now']);
    expect(words.closing).to.equal('All done. You finished all 4 holds. Well done!');
    expect(timeLeft(1, 'Hold: left leg')).to.equal('1 second left, Hold: left leg');
    expect(timeLeft(12, 'Relax')).to.equal('12 seconds left, Relax');
  });

  it('Spanish picks each form by its own id', async () => {
    await setPageLang('es-MX');
    expect([0, 1, 2].map(secondsUnit)).to.deep.equal(['segundos', 'segundo', 'segundos']);
    expect(sessionsToday(0, 1)).to.equal('0 de 1 sesión hecha hoy');
    expect(sessionsToday(0, 2)).to.equal('0 de 2 sesiones hechas hoy');
    expect(perDayChip(1)).to.equal('Al menos una vez al día');
    expect(perDayChip(3)).to.equal('Al menos 3 veces al día');
    expect(completeAnnouncement(4)).to.equal('Todo hecho. Mantuviste la postura las 4 veces. ¡Muy bien!');
  });
});
