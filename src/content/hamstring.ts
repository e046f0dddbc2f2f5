/**
 * Hamstring stretch, lying on your back with a towel or belt around one foot.
 *
 * Facts from the clinic's article; wording is our own, kept at a Flesch–Kincaid
 * grade of 7 or lower (see test/content/readability.test.ts). The numbers
 * (hold 15–20 s, 2 times on each leg, twice a day) live in `dosage` and
 * `timesPerDay` only, so a clinic that changes them by attribute never sees
 * text that disagrees with its timer.
 */
import { msg } from '@lit/localize';
import { STRETCH_META } from './meta.js';
import type { StretchContent, StretchDefinition } from './types.js';
import { hamstringDrawing } from './drawings/hamstring-drawing.js';

function content(): StretchContent {
  return {
    id: 'hamstring',
    title: msg('Hamstring stretch'),
    subtitle: msg('Back of the thigh'),
    why: msg('Tight hamstrings pull on your pelvis, and that pulls on your low back. This can make low back pain or sciatica worse. This stretch keeps the muscles and the nerve that runs with them moving and flexible.'),
    position: msg('Lie on your back: the safe, easy way to do this stretch without hurting your back more.'),
    equipment: [msg('A long towel or a belt')],
    steps: [
      msg('Lie down on your back.'),
      msg('Wrap the towel or belt around the bottom of one foot, or around your heel.'),
      msg('Keep that knee straight.'),
      msg('Raise the leg up toward the ceiling.'),
      msg('Stop when you feel a pull behind your knee or at the back of your thigh.'),
      msg('Hold the stretch there. Then lower your leg.'),
    ],
    feel: msg('You should feel a pull or a stretch behind your knee or at the back of your thigh.'),
    cautions: [
      msg('Depending on how bad your sciatica is, or what causes it, you might feel a pull into your low back. You might also feel numbness down your leg, or burning in your leg.'),
      msg('If that happens, only go as far as is comfortable.'),
    ],
    notes: [
      msg('Your hamstrings are the big muscles at the back of your thigh. They run from your buttock to behind your knee.'),
      msg('Your sciatic nerve runs down the back of your thigh, right next to these muscles. So you may not be able to raise your leg all the way. That is OK.'),
      msg('Do this stretch at least twice a day.'),
    ],
    drawingAlt: {
      left: [
        msg('Lying on the back, both legs straight on the floor. A towel goes around the sole of the left foot; both hands hold its ends.', { desc: "Text alternative of the hamstring stretch drawing, starting position, left leg (drawn nearest the viewer). Left and right are the patient's own." }),
        msg('Lying on the back, right leg flat on the floor. The left leg is raised, knee straight. A towel goes around the sole of the left foot; both hands hold its ends.', { desc: "Text alternative of the hamstring stretch drawing, the stretch, left leg (drawn nearest the viewer). Left and right are the patient's own." }),
      ],
      right: [
        msg('Lying on the back, both legs straight on the floor. A towel goes around the sole of the right foot; both hands hold its ends.', { desc: "Text alternative of the hamstring stretch drawing, starting position, right leg (drawn nearest the viewer). Left and right are the patient's own." }),
        msg('Lying on the back, left leg flat on the floor. The right leg is raised, knee straight. A towel goes around the sole of the right foot; both hands hold its ends.', { desc: "Text alternative of the hamstring stretch drawing, the stretch, right leg (drawn nearest the viewer). Left and right are the patient's own." }),
      ],
    },
    getReady: msg('Lie on your back and wrap the towel around one foot.'),
    safetyRule: msg('If you feel numbness or burning, only go as far as is comfortable.', { desc: 'Spoken at the first hold' }),
  };
}

export const hamstring: StretchDefinition = Object.freeze({
  ...STRETCH_META.hamstring,
  content,
  drawing: hamstringDrawing,
});
