/**
 * Glute (buttock) stretch, lying on your back in a "figure 4": one foot
 * crossed over the other knee, that knee pulled toward the chest.
 *
 * Facts from the clinic's article; wording is our own, kept at a Flesch–Kincaid
 * grade of 7 or lower (see test/content/readability.test.ts). The numbers
 * (hold 15 s, 2 times on each side, at least twice a day) live in `dosage`
 * and `timesPerDay`, so attribute overrides never contradict the text.
 */
import { msg } from '@lit/localize';
import { STRETCH_META } from './meta.js';
import type { StretchContent, StretchDefinition } from './types.js';
import { gluteDrawing } from './drawings/glute-drawing.js';

function content(): StretchContent {
  return {
    id: 'glute',
    title: msg('Glute stretch'),
    subtitle: msg('Your buttock muscle'),
    why: msg('Your glute is the muscle in your buttock. It also runs along your sciatic nerve. When it is tight, it pulls on your pelvis, and that pulls on your low back.'),
    position: msg('Lie on your back with both knees bent: lying down is the easiest way to do it.'),
    equipment: [],
    steps: [
      msg('Lie down on your back.'),
      msg('Bend both knees.'),
      msg('Cross one foot over the other knee.'),
      msg('Hold the thigh of the leg that is still on the floor.'),
      msg('Pull that knee toward your chest.'),
      msg('Hold the stretch there. Then let go.'),
    ],
    feel: msg('You should feel a pull in the side of your buttock, on the side of the leg you crossed.'),
    cautions: [msg('This stretch may be a bit harder to do.')],
    notes: [
      msg('The side with the sciatic pain will likely feel tighter. Still, stretch both sides.'),
      msg('Do these stretches at least twice a day.'),
    ],
    drawingAlt: {
      left: [
        msg('Lying on the back. The right knee is bent, right foot flat on the floor. The left ankle rests across the right knee, and the left knee points out to the side. The arms rest on the floor.', { desc: "Text alternative of the glute stretch drawing, starting position, left side (drawn nearest the viewer). Left and right are the patient's own." }),
        msg('Lying on the back, left ankle across the right knee. Both hands pull the right thigh toward the chest, so the right foot lifts off the floor.', { desc: "Text alternative of the glute stretch drawing, the stretch, left side (drawn nearest the viewer). Left and right are the patient's own." }),
      ],
      right: [
        msg('Lying on the back. The left knee is bent, left foot flat on the floor. The right ankle rests across the left knee, and the right knee points out to the side. The arms rest on the floor.', { desc: "Text alternative of the glute stretch drawing, starting position, right side (drawn nearest the viewer). Left and right are the patient's own." }),
        msg('Lying on the back, right ankle across the left knee. Both hands pull the left thigh toward the chest, so the left foot lifts off the floor.', { desc: "Text alternative of the glute stretch drawing, the stretch, right side (drawn nearest the viewer). Left and right are the patient's own." }),
      ],
    },
    getReady: msg('Lie on your back, bend your knees, and cross one foot over the other knee.'),
    safetyRule: msg('This one can be harder. Pull gently, only as far as is comfortable.', { desc: 'Spoken at the first hold' }),
  };
}

export const glute: StretchDefinition = Object.freeze({
  ...STRETCH_META.glute,
  content,
  drawing: gluteDrawing,
});
