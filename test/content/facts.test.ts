/**
 * Every fact the clinic's article gives must survive rewording: each check
 * looks for its key words in the joined English text, or for its numbers in
 * the dosage, so a later edit cannot silently drop a fact.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { DEFAULT_DOSAGE } from '../../src/core/dosage.js';
import { EXERCISE_IDS, isExerciseId } from '../../src/content/index.js';
import { STRETCHES } from '../../src/content/stretches.js';
import type { StretchContent } from '../../src/content/index.js';
import { hamstring } from '../../src/content/hamstring.js';
import { glute } from '../../src/content/glute.js';
import { routineIntro } from '../../src/content/routine-text.js';
import { safetyText } from '../../src/content/safety.js';

function joined(c: StretchContent): string {
  return [c.title, c.subtitle, c.why, c.position, ...c.equipment, ...c.steps, c.feel, ...c.cautions, ...c.notes, ...c.drawingAlt.left, ...c.drawingAlt.right, c.getReady, c.safetyRule]
    .join(' \n ')
    .toLowerCase();
}

type Fact = [fact: string, ...keys: RegExp[]];

function expectFacts(text: string, facts: Fact[]): void {
  for (const [fact, ...keys] of facts) {
    for (const key of keys) expect(key.test(text), `${fact} — missing ${key}`).to.equal(true);
  }
}

describe('content registry', () => {
  it('lists hamstring then glute, and every id has a stretch', () => {
    expect(EXERCISE_IDS).to.deep.equal(['hamstring', 'glute']);
    expect(Object.keys(STRETCHES).sort()).to.deep.equal(['glute', 'hamstring']);
    for (const id of EXERCISE_IDS) {
      expect(STRETCHES[id].id).to.equal(id);
      expect(STRETCHES[id].content().id).to.equal(id);
    }
    expect(STRETCHES.hamstring).to.equal(hamstring);
    expect(STRETCHES.glute).to.equal(glute);
  });

  it('isExerciseId accepts only known ids', () => {
    expect(isExerciseId('hamstring')).to.equal(true);
    expect(isExerciseId('glute')).to.equal(true);
    for (const v of ['', 'Hamstring', 'calf', 'toString', '__proto__', ' glute']) expect(isExerciseId(v), v).to.equal(false);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(STRETCHES)).to.equal(true);
    expect(Object.isFrozen(EXERCISE_IDS)).to.equal(true);
    expect(Object.isFrozen(hamstring.dosage)).to.equal(true);
    expect(Object.isFrozen(glute.dosage)).to.equal(true);
  });

  it('draws each stretch in two frames, each an image named by its alt text, which describes the position on that side', () => {
    const shows: Record<string, [start: RegExp[], stretch: RegExp[]]> = {
      hamstring: [
        [/lying on the back/, /both legs straight on the floor/, /towel goes around the sole of the right foot/, /both hands hold its ends/],
        [/lying on the back/, /left leg flat on the floor/, /right leg is raised, knee straight/, /sole of the right foot/, /both hands hold its ends/],
      ],
      glute: [
        [/lying on the back/, /left knee is bent, left foot flat on the floor/, /right ankle rests across the left knee/, /right knee points out to the side/, /arms rest on the floor/],
        [/lying on the back/, /right ankle across the left knee/, /pull the left thigh toward the chest/, /left foot lifts off the floor/],
      ],
    };
    const mirror = (re: RegExp) => new RegExp(re.source.replace(/left|right/g, (w) => (w === 'left' ? 'right' : 'left')));
    for (const id of EXERCISE_IDS) {
      const def = STRETCHES[id];
      const alt = def.content().drawingAlt;
      for (const frame of [0, 1]) {
        for (const fact of shows[id][frame]) {
          expect(alt.right[frame].toLowerCase(), `${id} ${frame} right: ${fact}`).to.match(fact);
          expect(alt.left[frame].toLowerCase(), `${id} ${frame} left: ${fact}`).to.match(mirror(fact));
        }
        const box = document.createElement('div');
        render(def.drawing(frame, alt.right[frame]), box);
        const svg = box.querySelector('svg')!;
        expect(svg, id).to.exist;
        expect(svg.getAttribute('role'), id).to.equal('img');
        expect(svg.getAttribute('aria-label'), `${id}: named by its alt text`).to.equal(alt.right[frame]);
        expect(svg.querySelectorAll('path').length, `${id}: something is drawn`).to.be.above(5);
      }
    }
  });
});

describe('hamstring stretch keeps every fact from the article', () => {
  const c = hamstring.content();
  const text = joined(c);

  it('has the article dosage: hold 15–20 s, 2 times on each leg, twice a day', () => {
    expect(hamstring.dosage).to.deep.equal({ ...DEFAULT_DOSAGE, hold: 15, holdMax: 20, reps: 2, sides: 'both' });
    expect(hamstring.dosage.rest).to.equal(DEFAULT_DOSAGE.rest);
    expect(hamstring.dosage.leadIn).to.equal(DEFAULT_DOSAGE.leadIn);
    expect(hamstring.timesPerDay).to.equal(2);
    expect(hamstring.sideNoun).to.equal('leg');
    expect(text).to.match(/at least twice a day/);
  });

  it('has 4–6 steps and needs a towel or belt', () => {
    expect(c.steps.length).to.be.within(4, 6);
    expect(c.equipment.join(' ').toLowerCase()).to.match(/long towel/).and.match(/belt/);
  });

  it('says every fact', () => {
    expectFacts(text, [
      ['the hamstrings are the big muscles at the back of the thigh', /hamstrings are the big muscles/, /back of your thigh/],
      ['they run from the buttock to behind the knee', /from your buttock to behind your knee/],
      ['tight hamstrings pull on the pelvis and so on the low back', /tight/, /pull on your pelvis/, /pulls on your low back/],
      ['that can make low back pain or sciatica worse', /low back pain or sciatica worse/],
      ['the sciatic nerve runs along the back of the thigh with them', /sciatic nerve runs down the back of your thigh/],
      ['lying down is safe and easy and avoids hurting your back more', /lie (down )?on your back/, /safe/, /easy/, /without hurting your back more/],
      ['you need a long towel or a belt', /long towel/, /belt/],
      ['wrap it around the bottom of your foot or your heel', /wrap/, /bottom of one foot/, /heel/],
      ['keep the knee straight', /knee straight/],
      ['raise the leg toward the ceiling', /raise the leg up toward the ceiling/],
      ['until you feel a pull or stretch behind the knee or at the back of the thigh', /pull or a stretch behind your knee or at the back of your thigh/],
      ['you may not be able to raise the leg all the way, because of the nerve', /may not be able to raise your leg all the way/, /nerve/],
      ['depending on how bad the sciatica is or its cause', /depending on how bad your sciatica is/, /what causes it/],
      ['you might feel a pull into the low back', /pull into your low back/],
      ['numbness down the leg', /numbness down your leg/],
      ['burning in the leg', /burning in your leg/],
      ['then only go as far as is comfortable', /only go as far as is comfortable/],
      ['the stretch keeps the muscles and the nerve moving and flexible', /keeps the muscles and the nerve/, /moving and flexible/],
    ]);
  });

  it('says its safety rule out loud in one sentence: numbness or burning → only as far as is comfortable', () => {
    expect(c.safetyRule).to.match(/numbness/).and.match(/burning/).and.match(/only go as far as is comfortable/);
  });
});

describe('glute stretch keeps every fact from the article', () => {
  const c = glute.content();
  const text = joined(c);

  it('has the article dosage: hold 15 s, 2 times on each side, at least twice a day', () => {
    expect(glute.dosage).to.deep.equal({ ...DEFAULT_DOSAGE, hold: 15, holdMax: null, reps: 2, sides: 'both', leadIn: 10 });
    expect(glute.dosage.rest).to.equal(DEFAULT_DOSAGE.rest);
    expect(glute.timesPerDay).to.equal(2);
    expect(glute.sideNoun).to.equal('side');
    expect(text).to.match(/at least twice a day/);
  });

  it('has 4–6 steps and needs no equipment', () => {
    expect(c.steps.length).to.be.within(4, 6);
    expect(c.equipment).to.deep.equal([]);
  });

  it('says every fact', () => {
    expectFacts(text, [
      ['the glute is the buttock muscle', /glute is the muscle in your buttock/],
      ['it also runs along the sciatic nerve', /runs along your sciatic nerve/],
      ['when tight it pulls on the pelvis and so on the low back', /when it is tight/, /pulls on your pelvis/, /pulls on your low back/],
      ['it may be a bit harder', /may be a bit harder/],
      ['it is easiest lying down', /lying down is the easiest/],
      ['lie on your back', /lie (down )?on your back/],
      ['bend both knees', /bend both knees/],
      ['cross one foot over the other knee', /cross one foot over the other knee/],
      ['hold the thigh of the leg still on the floor', /hold the thigh of the leg that is still on the floor/],
      ['pull that knee toward your chest', /pull that knee toward your chest/],
      ['feel a pull in the side of the buttock of the crossed leg', /pull in the side of your buttock/, /leg you crossed/],
      ['the side with the sciatic pain will likely feel tighter', /side with the sciatic pain will likely feel tighter/],
      ['stretch both sides anyway', /stretch both sides/],
    ]);
  });

  it('says its own caution out loud: it can be harder, only as far as is comfortable', () => {
    expect(c.safetyRule).to.match(/harder/).and.match(/only as far as is comfortable/);
  });
});

describe('routine overview keeps every fact from the article', () => {
  const r = routineIntro();
  const text = [r.title, r.when, r.intro].join(' \n ').toLowerCase();

  it('says every fact', () => {
    expect(r.title.toLowerCase()).to.match(/stretches for sciatica/);
    expectFacts(text, [
      ['start once the pain starts to settle', /once your pain starts to settle/],
      ['after the worst, acute phase has passed', /worst part has passed/],
      ['the physiotherapist also teaches positions that take stress off the low back', /physiotherapist/, /positions that take stress off your low back/, /ease your pain/],
      ['stretches loosen the muscles', /loosen your muscles/],
      ['and release built-up tension', /let go of tension that has built up/],
      ['help the sciatic nerve move more freely', /sciatic nerve move more freely/],
      ['restore flexibility', /flexible again/],
    ]);
  });
});

describe('safety text keeps every fact', () => {
  const s = safetyText();
  const easeOff = s.easeOff.join(' \n ').toLowerCase();
  const stopAndCall = s.stopAndCall.join(' \n ').toLowerCase();
  const signs = s.urgent.signs.join(' \n ').toLowerCase();
  const action = s.urgent.action.toLowerCase();

  it('ease off: stop pushing, ease back, only as far as is comfortable', () => {
    expectFacts(easeOff, [
      ['stop pushing', /stop pushing/],
      ['ease back', /ease back/],
      ['only go as far as is comfortable', /only go as far as is comfortable/],
      ['a pull into the low back, numbness down the leg or burning in the leg can happen', /pull into your low back/, /numbness down your leg/, /burning in your leg/, /can happen/],
    ]);
  });

  it('stop and call the clinic: pain worse and stays worse, numbness spreads or stays, leg weak', () => {
    expect(s.stopAndCall.length).to.equal(3);
    for (const item of s.stopAndCall) expect(item.toLowerCase(), item).to.match(/stop/).and.match(/physiotherapist or clinic/);
    expectFacts(stopAndCall, [
      ['pain gets worse after stretching and stays worse', /pain gets worse after you stretch/, /stays worse/],
      ['numbness or tingling spreads or does not settle', /numbness or tingling spreads/, /does not settle/],
      ['the leg feels weak', /leg feels weak/],
    ]);
  });

  it('urgent: the red flags, and emergency help without a country-specific number', () => {
    expectFacts(signs, [
      ['saddle numbness', /numbness around your bottom or genitals/, /bike seat/],
      ['new trouble passing or controlling urine or bowels', /new trouble passing urine/, /controlling your bladder or bowels/],
      ['weakness in both legs, or a leg or foot getting weaker fast (foot drop)', /weakness in both legs/, /gets weaker fast/, /foot drags/],
      ['severe pain in both legs', /very bad pain in both legs/],
    ]);
    expect(action).to.match(/medical help now/).and.match(/emergency department/).and.match(/local emergency number/);
    expect(/\d/.test([s.urgent.title, signs, action].join(' ')), 'no phone number').to.equal(false);
  });
});
