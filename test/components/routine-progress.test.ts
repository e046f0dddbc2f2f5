/**
 * A patient's saved progress is never mixed or lost: its storage keys, two
 * routines on one site, renamed ids, other versions' records, pruning, and
 * storage that is blocked, full or holds garbage.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../../src/stretch-widgets.js';
import type { StretchRoutine } from '../../src/stretch-routine.js';
import { KEEP_DAYS, dayKey, routineKeys } from '../../src/components/stretch-routine/progress-store.js';
import { fakeClock, shadowText, warnings } from '../helpers/dom.js';

const V2 = 'stretch-widgets:routine:v2:';
const daysAgo = (n: number, from = new Date()) => dayKey(new Date(from.getFullYear(), from.getMonth(), from.getDate() - n));
const today = () => dayKey(new Date());

/** A routine of the clinic's own cards with 1 s holds and no pauses (ready-time 0: no time to get into position): a session takes 2 s. */
const quickRoutine = (attrs: { id?: string; key?: string; hold?: string } = {}) => html`
  <stretch-routine id=${attrs.id ?? nothing} progress-key=${attrs.key ?? nothing}>
    <stretch-card exercise="glute" hold=${attrs.hold ?? '1'} reps="1" rest="0" lead-in="0" ready-time="0" sides="none"></stretch-card>
    <stretch-card hold="1" reps="1" rest="0" lead-in="0" ready-time="0" sides="none">
      <span slot="title">Knee hug</span>
      <ol slot="steps"><li>Hug both knees.</li></ol>
    </stretch-card>
  </stretch-routine>
`;

/** Every stored key and value except `skip`, to prove they were left as they were. */
const snapshot = (skip: string) =>
  Object.fromEntries(Object.keys(localStorage).filter((k) => k !== skip).map((k) => [k, localStorage.getItem(k)]));

/** The key the routine saves under: the one key that `run` added or changed. */
function changedKey(before: Record<string, string | null>): string {
  const changed = Object.keys(localStorage).filter((k) => localStorage.getItem(k) !== before[k]);
  expect(changed, 'one key written').to.have.length(1);
  return changed[0];
}

describe('<stretch-routine> saved progress', () => {
  let warn: sinon.SinonStub;
  let clock: sinon.SinonFakeTimers | null = null;
  beforeEach(() => {
    localStorage.clear();
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    clock?.restore();
    clock = null;
    warn.restore();
    localStorage.clear();
  });

  /** Runs a whole session on the fake clock (today's real date); returns the fake seconds it took. */
  async function runSession(el: StretchRoutine): Promise<number> {
    clock ??= fakeClock(new Date());
    const t0 = clock.now;
    await el.start();
    for (let i = 0; i < 120 && el.state === 'guided'; i++) await clock.tickAsync(250);
    expect(el.state).to.equal('finished');
    return (clock.now - t0) / 1000;
  }

  describe('keys', () => {
    it('progress-key names the progress; otherwise the content does, never the id', () => {
      expect(routineKeys('back-class', 'x', ['glute'], [])[0]).to.equal(`${V2}key=back-class`);
      expect(routineKeys(null, 'x', ['hamstring', 'glute'], [])[0]).to.equal(`${V2}content=["hamstring","glute"]`);
      expect(routineKeys(null, 'y', ['hamstring', 'glute'], [])[0], 'the id plays no part').to.equal(routineKeys(null, 'x', ['hamstring', 'glute'], [])[0]);
      expect(routineKeys(null, '', ['glute', 'hamstring'], [])[0], 'the order is content').not.to.equal(routineKeys(null, '', ['hamstring', 'glute'], [])[0]);
    });

    it('a routine of cards is keyed by each card’s exercise or title and the dose written on it', () => {
      const cards = (a: string, b: string) => {
        const div = document.createElement('div');
        div.innerHTML = `<stretch-card exercise="glute" ${a}></stretch-card><stretch-card ${b}><span slot="title">Knee hug</span></stretch-card>`;
        return [...div.children];
      };
      const key = (a = '', b = '') => routineKeys(null, '', [], cards(a, b))[0];
      expect(key()).to.equal(`${V2}content=[["glute",null,null,null,null,null,null,null,null],[null,null,null,null,null,null,null,null,"Knee hug"]]`);
      expect(key('id="one"', 'id="two"'), 'ids play no part').to.equal(key());
      for (const dose of ['hold="20"', 'hold-max="30"', 'reps="3"', 'sides="left"', 'rest="0"', 'lead-in="5"', 'order="alternate"']) {
        expect(key(dose), dose).not.to.equal(key());
        expect(key('', dose), dose).not.to.equal(key());
      }
    });

    it('knows where version 1 kept the same routine: by id, else by exercise names', () => {
      expect(routineKeys(null, 'back-class', ['glute'], [])[1]).to.equal('stretch-widgets:routine:v1:back-class');
      expect(routineKeys(null, '', ['hamstring', 'glute'], [])[1]).to.equal('stretch-widgets:routine:v1:hamstring+glute');
    });
  });

  it('a routine of custom cards with 1 s holds finishes in seconds and is counted across a reload', async () => {
    const el = await fixture<StretchRoutine>(quickRoutine());
    const before = snapshot('');
    expect(await runSession(el)).to.be.at.most(3);
    expect(el.sessionsToday).to.equal(1);
    const key = changedKey(before);
    expect(key.startsWith(`${V2}content=`)).to.equal(true);
    expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal({ v: 2, days: { [today()]: 1 }, current: null });
    el.remove();
    const again = await fixture<StretchRoutine>(quickRoutine());
    expect(again.sessionsToday).to.equal(1);
    expect(shadowText(again, '.today-count')).to.equal('Session 1 of 2 done today');
  });

  it('two routines without ids, on one site, never mix', async () => {
    const a = await fixture<StretchRoutine>(quickRoutine());
    const b = await fixture<StretchRoutine>(quickRoutine({ hold: '2' }));
    const c = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
    await runSession(a);
    await runSession(a);
    await runSession(b);
    a.remove();
    b.remove();
    c.remove();
    const [a2, b2, c2] = [await fixture<StretchRoutine>(quickRoutine()), await fixture<StretchRoutine>(quickRoutine({ hold: '2' })), await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`)];
    expect([a2.sessionsToday, b2.sessionsToday, c2.sessionsToday]).to.deep.equal([2, 1, 0]);
  });

  it('renaming the routine’s id keeps the history', async () => {
    const el = await fixture<StretchRoutine>(quickRoutine({ id: 'back-class' }));
    await runSession(el);
    el.remove();
    const renamed = await fixture<StretchRoutine>(quickRoutine({ id: 'lower-back-class' }));
    expect(renamed.sessionsToday).to.equal(1);
  });

  it('progress-key keeps one history across edits to the routine, and separates routines that share content', async () => {
    const el = await fixture<StretchRoutine>(quickRoutine({ key: 'back-class' }));
    await runSession(el);
    expect(localStorage.getItem(`${V2}key=back-class`)).to.exist;
    el.remove();
    const edited = await fixture<StretchRoutine>(quickRoutine({ key: 'back-class', hold: '3' }));
    expect(edited.sessionsToday, 'same key, edited dose').to.equal(1);
    const other = await fixture<StretchRoutine>(quickRoutine({ key: 'week-2' }));
    expect(other.sessionsToday, 'same content, another key').to.equal(0);
    other.progressKey = 'back-class';
    await other.updateComplete;
    expect(other.sessionsToday, 'the key changed: its history is shown').to.equal(1);
  });

  describe('records written by other versions', () => {
    it('migrates version 1’s record into its own key and leaves the old record as it was', async () => {
      const v1Key = 'stretch-widgets:routine:v1:back-class';
      const v1 = JSON.stringify({ v: 1, days: { [daysAgo(1)]: 2, [daysAgo(2)]: 1 }, current: { day: today(), done: 1 } });
      localStorage.setItem(v1Key, v1);
      const el = await fixture<StretchRoutine>(quickRoutine({ id: 'back-class' }));
      expect(shadowText(el, '.intro'), 'today’s unfinished session too').to.contain('You did 1 of 2 stretches earlier today.');
      const strip = [...el.shadowRoot!.querySelectorAll('.days li')].map((d) => d.querySelectorAll('.dot.filled').length);
      expect(strip.slice(4)).to.deep.equal([1, 2, 0]);
      await runSession(el);
      expect(localStorage.getItem(v1Key), 'version 1’s record is untouched').to.equal(v1);
      const [key] = routineKeys(null, 'back-class', [], [...el.children]);
      expect(JSON.parse(localStorage.getItem(key)!).days).to.deep.equal({ [daysAgo(2)]: 1, [daysAgo(1)]: 2, [today()]: 1 });
      expect(warn.called).to.equal(false);
    });

    it('finds version 1’s record of a routine without an id (kept by exercise names)', async () => {
      localStorage.setItem('stretch-widgets:routine:v1:hamstring+glute', JSON.stringify({ v: 1, days: { [today()]: 1 }, current: null }));
      const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
      expect(el.sessionsToday).to.equal(1);
    });

    it('never overwrites any other key: a newer version’s records, other widgets’, the page’s own', async () => {
      const [key] = routineKeys(null, '', [], [...(await fixture<StretchRoutine>(quickRoutine())).children]);
      localStorage.setItem('stretch-widgets:routine:v3:content=whatever', JSON.stringify({ v: 3, sessions: [1, 2, 3] }));
      localStorage.setItem('stretch-widgets:routine:v1:stretch-1+stretch-2', '{"v":1,"days":{}}');
      localStorage.setItem('clinic-theme', 'dark');
      const before = snapshot(key);
      const el = await fixture<StretchRoutine>(quickRoutine());
      await runSession(el);
      expect(snapshot(key)).to.deep.equal(before);
      expect(JSON.parse(localStorage.getItem(key)!).days).to.deep.equal({ [today()]: 1 });
    });
  });

  describe('pruning', () => {
    it(`keeps the last ${KEEP_DAYS} days (the 7-day strip and a week’s margin) and drops older ones when it saves`, async () => {
      expect(KEEP_DAYS).to.be.at.least(7);
      const el0 = await fixture<StretchRoutine>(quickRoutine());
      const [key] = routineKeys(null, '', [], [...el0.children]);
      el0.remove();
      const days = { [daysAgo(400)]: 1, [daysAgo(KEEP_DAYS)]: 2, [daysAgo(KEEP_DAYS - 1)]: 3, [daysAgo(6)]: 1, [daysAgo(1)]: 2 };
      localStorage.setItem(key, JSON.stringify({ v: 2, days, current: null }));
      const el = await fixture<StretchRoutine>(quickRoutine());
      await runSession(el);
      expect(JSON.parse(localStorage.getItem(key)!).days).to.deep.equal({ [daysAgo(KEEP_DAYS - 1)]: 3, [daysAgo(6)]: 1, [daysAgo(1)]: 2, [today()]: 1 });
      const strip = [...el.shadowRoot!.querySelectorAll('.days li')].map((d) => d.querySelectorAll('.dot.filled').length);
      expect(strip).to.deep.equal([1, 0, 0, 0, 0, 2, 1]);
    });
  });

  describe('storage faults', () => {
    it('a record with some bad entries keeps the good ones, quietly', async () => {
      const [key] = routineKeys(null, '', ['hamstring', 'glute'], []);
      localStorage.setItem(key, JSON.stringify({ v: 2, days: { [daysAgo(1)]: 2, yesterday: 'lots', [daysAgo(2)]: -1, [daysAgo(3)]: 1.5 }, current: { day: 7, done: 'x' } }));
      const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
      const strip = [...el.shadowRoot!.querySelectorAll('.days li')].map((d) => d.querySelectorAll('.dot.filled').length);
      expect(strip).to.deep.equal([0, 0, 0, 0, 0, 2, 0]);
      expect(el.state).to.equal('overview');
      expect(warn.called).to.equal(false);
    });

    for (const [what, value] of [
      ['not JSON', '{not json'],
      ['not an object', '"hello"'],
      ['a list', '[1,2,3]'],
      ['another version’s record under this key', '{"v":7,"days":{}}'],
    ]) {
      it(`${what} under its own key: warns once, starts fresh, runs, and replaces it on save`, async () => {
        const [key] = routineKeys(null, '', ['glute'], []);
        localStorage.setItem(key, value);
        const el = await fixture<StretchRoutine>(html`<stretch-routine exercises="glute"></stretch-routine>`);
        expect(el.sessionsToday).to.equal(0);
        el.requestUpdate();
        await el.updateComplete;
        const said = warnings(warn);
        expect(said).to.have.length(1);
        expect(said[0]).to.contain('<stretch-routine>').and.contain('could not read');
        clock = fakeClock(new Date());
        await el.start();
        for (let i = 0; i < 200 && el.state === 'guided'; i++) await clock.tickAsync(1000);
        expect(el.state).to.equal('finished');
        expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal({ v: 2, days: { [today()]: 1 }, current: null });
      });
    }

    it('storage that cannot even be reached (a sandboxed frame) never breaks it', async () => {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
      try {
        const el = await fixture<StretchRoutine>(quickRoutine());
        expect(el.sessionsToday).to.equal(0);
        await runSession(el);
        expect(el.sessionsToday, 'kept in memory for this visit').to.equal(1);
        expect(shadowText(el, '.note')).to.contain('cannot be saved');
        expect(warnings(warn).filter((m) => m.includes('cannot save progress'))).to.have.length(1);
      } finally {
        if (own) Object.defineProperty(window, 'localStorage', own);
        else delete (window as unknown as Record<string, unknown>).localStorage;
      }
      expect(() => localStorage.length).not.to.throw();
    });

    it('full storage: every stretch still counts for the visit, and it warns only once', async () => {
      const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      try {
        const el = await fixture<StretchRoutine>(quickRoutine());
        await runSession(el);
        await runSession(el);
        expect(el.sessionsToday).to.equal(2);
        expect(warnings(warn).filter((m) => m.includes('cannot save progress'))).to.have.length(1);
      } finally {
        setItem.restore();
      }
    });
  });
});
