// The stretch drawings' poses, as a body in 3D, seen by a camera: writes the
// joint data the drawings ship (src/content/drawings/poses.ts; figure.ts draws
// the outlines). Posing joints in 3D and projecting them keeps every limb its
// real length in every frame and lets a stretch be seen from the angle that
// shows it best, which hand-placed 2D points could not. To look at a change:
// `npm run build && node scripts/blind-frames.mjs /tmp/x`.
//   node scripts/poses.mjs            writes src/content/drawings/poses.ts
// Units are centimetres of an adult about 175 cm tall, lying on the back on
// the floor (y = 0 is the floor): x runs from the head to the feet, y up, z
// toward the viewer, which is the person's right side.
import { writeFileSync } from 'node:fs';

const add = (a, b) => a.map((v, i) => v + b[i]);
const sub = (a, b) => a.map((v, i) => v - b[i]);
const mul = (a, k) => a.map((v) => v * k);
const dot = (a, b) => a.reduce((s, v, i) => s + v * b[i], 0);
const len = (a) => Math.hypot(...a);
const unit = (a) => mul(a, 1 / len(a));
const cross = ([a, b, c], [d, e, f]) => [b * f - c * e, c * d - a * f, a * e - b * d];
const rad = (deg) => (deg * Math.PI) / 180;
/** A direction in the x–y plane (the body's side view): `up` degrees above the floor, toward the feet. */
const dir = (up) => [Math.cos(rad(up)), Math.sin(rad(up)), 0];
/** Two bones from `root` to `tip` (lengths a, b), the middle joint bent toward `pole`. */
function bend(root, tip, a, b, pole) {
  const to = sub(tip, root);
  const d = Math.min(len(to), a + b - 0.01);
  const u = unit(to);
  const v = unit(sub(pole, mul(u, dot(pole, u))));
  const cos = (a * a + d * d - b * b) / (2 * a * d);
  const mid = add(root, add(mul(u, a * cos), mul(v, a * Math.sqrt(Math.max(0, 1 - cos * cos)))));
  return [mid, add(root, mul(u, d))];
}

// The body. A part is a limb segment, a tapered rod (a sphere at each end,
// radii ra and rb): seen from any angle it is the outline round two circles.
const THIGH = 44;
const SHIN = 42;
const UPPER_ARM = 31;
const FOREARM = 31;
const shoulder = (side) => [35, 14, 16 * side];
const hip = (side) => [88, 11, 9 * side];
const part = (a, ra, b = a, rb = ra) => ({ a, ra, b, rb });
/** Head (face up: chin, nose, hair at the back), neck and trunk. */
const HEAD = [12, 12, 0];
const HEAD_R = 11.5;
const trunk = () => [
  part(HEAD, HEAD_R),
  part([18, 16, 0], 5.5, [21, 19, 0], 3.5), // jaw and chin
  part([15, 22, 0], 2.8, [17, 25, 0], 2), // nose
  part([22, 11, 0], 5, [30, 11, 0], 5.5), // neck
  part([40, 11, 0], 12.5, [80, 11, 0], 11), // chest to belly
  part([35, 13, -14], 7, [35, 13, 14], 7), // shoulders
  part([86, 11, -8], 10, [86, 11, 8], 10), // hips
];
/** A leg from the hip: knee and ankle given, the foot from the heel along `toes`. */
function leg(h, knee, ankle, toes) {
  const t = unit(toes);
  const shin = unit(sub(ankle, knee));
  const heel = add(add(ankle, mul(shin, 3.5)), mul(t, -2));
  const thigh = part(h, 8.5, knee, 5.8);
  return [thigh, part(knee, 5.8, ankle, 3.6), part(ankle, 3.8), part(heel, 4.4, add(heel, mul(t, 23)), 2.8)];
}
/** A leg placed by the ankle, the knee bent toward `pole`. */
function legTo(side, ankle, pole, toes) {
  const [knee, a] = bend(hip(side), ankle, THIGH, SHIN, pole);
  return { knee, ankle: a, parts: leg(hip(side), knee, a, toes) };
}
/** A straight leg from the hip in direction `d`. */
function legStraight(side, d, toes) {
  const knee = add(hip(side), mul(d, THIGH));
  const ankle = add(knee, mul(d, SHIN));
  return { knee, ankle, parts: leg(hip(side), knee, ankle, toes) };
}
/** An arm from the shoulder to a fist at `hand`, the elbow bent toward `pole`. */
function armTo(side, hand, pole) {
  const [elbow, h] = bend(shoulder(side), hand, UPPER_ARM, FOREARM, pole);
  const upper = part(shoulder(side), 5.2, elbow, 4);
  return { hand: h, parts: [upper, part(elbow, 4, h, 3.2), part(h, 5)] };
}

/** A camera `turn` degrees round from the viewer's side toward the feet, `tilt` degrees above the floor. */
function camera(turn, tilt) {
  const c = [Math.sin(rad(turn)) * Math.cos(rad(tilt)), Math.sin(rad(tilt)), Math.cos(rad(turn)) * Math.cos(rad(tilt))];
  const r = [Math.cos(rad(turn)), 0, -Math.sin(rad(turn))];
  const u = cross(c, r);
  return { project: (p) => [dot(p, r), -dot(p, u)], depth: (p) => dot(p, c) };
}

// Items: { cls, parts } a body part group (outline + fill), { cls, line: [[points...]...] }
// a plain stroke, { cls, arrow: points } a stroke with an arrowhead, { cls, fill: points }
// a shape, { cls, hair: true } the hair on the head. `at` overrides the depth used to
// order them (nearest last).

/** The mat under the person, from the head to past the feet. */
const mat = { cls: 'mat', fill: [[-6, 0, -34], [196, 0, -34], [196, 0, 30], [-6, 0, 30]], at: -1e3 };

/** Where a stretch is felt: a band of colour inside a body part, along its back (`off` toward it), from `a` to `b` of its length. */
function felt([from, to], off, r, a = 0.2, b = 0.85) {
  const at = (k) => add(add(from, mul(sub(to, from), k)), off);
  return { cls: 'felt', parts: [part(at(a), r, at(b), r)] };
}

/**
 * The hamstring stretch, as the steps say it: lie down, towel round one foot,
 * knee straight, raise the leg. Start: both legs flat, the towel round the sole
 * of the right foot, its ends in both hands; an arrow: the leg goes up next.
 * Stretch: the right leg raised toward the ceiling, knee straight, towel still
 * round its sole; the back of that thigh coloured.
 */
function hamstring(frame) {
  const up = frame > 0;
  const left = legStraight(-1, dir(-1.5), dir(88));
  const raise = 76;
  let right, along, toes;
  if (up) {
    along = dir(raise);
    toes = dir(raise + 90);
    right = legStraight(1, along, toes);
  } else {
    // Both legs flat, the towel already round the right foot.
    along = dir(-1.5);
    toes = dir(88);
    right = legStraight(1, along, toes);
  }
  // The towel: under the ball of the foot, along the sole, its two ends to the two fists (a loop).
  const heel = add(add(right.ankle, mul(unit(sub(right.ankle, right.knee)), 3.5)), mul(toes, -2));
  const band = [add(add(heel, mul(toes, 8)), mul(along, 5.5)), add(add(heel, mul(toes, 19)), mul(along, 4.5))];
  // Elbows on the floor beside the body, a towel end in each fist (reaching toward the feet while the leg is down).
  const hands = [1, -1].map((k) => add(shoulder(k), up ? [24 + 5 * k, 28, -8 * k] : [40 + 5 * k, 22, -8 * k]));
  const rArm = armTo(1, hands[0], [0.3, -1, 1]);
  const lArm = armTo(-1, hands[1], [0.3, -1, -1]);
  const items = [
    mat,
    { cls: 'far', parts: left.parts },
    { cls: 'far', parts: lArm.parts },
    { cls: '', parts: trunk(), at: -1 },
    { cls: 'hair', hair: true, at: -0.5 },
    { cls: 'prop', line: [[lArm.hand, add(band[0], [0, 0, -5])]] },
    { cls: 'work', parts: right.parts },
    { cls: 'band', line: [band], at: 100 },
    { cls: 'prop', line: [[add(band[1], [0, 0, 5]), rArm.hand]], at: 100 },
    { cls: '', parts: rArm.parts, at: 101 },
  ];
  // The back of the raised thigh: the side away from the head.
  if (up) items.push({ ...felt([hip(1), right.knee], mul(dir(raise - 90), 3.5), 2.6), at: 99 });
  else {
    // Next: the straight leg swings up toward the ceiling (an arc round the hip, beyond the foot).
    const arc = [14, 26, 38, 50].map((a) => add(add(hip(1), mul(dir(a), THIGH + SHIN + 16)), [0, 0, 14]));
    items.push({ cls: 'motion', arrow: arc, at: 200 });
  }
  return items;
}

/**
 * The glute stretch ("figure 4"): the left foot flat on the floor, knee bent;
 * the right ankle crossed over the left knee, the right knee turned out.
 * Start: arms resting on the floor. Stretch: both hands clasped behind the
 * left thigh, drawing that knee toward the chest, the left foot off the floor.
 */
function glute(frame) {
  const up = frame > 0;
  let left;
  if (up) {
    // The left thigh drawn in to upright, the knee bent at a right angle, the foot off the floor.
    const a = 100;
    const knee = add(hip(-1), mul(dir(a), THIGH));
    const ankle = add(knee, mul(dir(a - 90), SHIN));
    left = { knee, ankle, parts: leg(hip(-1), knee, ankle, dir(a)) };
  } else left = legTo(-1, [134, 8, -11], [0, 1, 0], dir(-2));
  const thigh = unit(sub(left.knee, hip(-1)));
  const front = unit(cross([0, 0, 1], thigh));
  // The right ankle rests on the front of the left thigh, just short of the knee; the right knee turned out
  // (toward us, and down); the right foot past the left knee.
  const rest = add(add(left.knee, mul(thigh, -6)), mul(front, 13));
  const right = legTo(1, rest, up ? [0.6, -0.2, 1] : [-0.3, -0.8, 1], up ? [0.6, 0.6, -0.4] : [0.7, 0.7, 0]);
  const items = [
    mat,
    { cls: '', parts: trunk(), at: -1 },
    { cls: 'hair', hair: true, at: -0.5 },
    { cls: 'far', parts: left.parts },
    { cls: 'work', parts: right.parts.slice(0, 1) },
    // The right shin lies across the left thigh: in front of it, wherever the depths of their middles put them.
    { cls: 'work', parts: right.parts.slice(1), at: 150 },
  ];
  if (up) {
    // Hands clasped round the back of the left thigh.
    const back = add(add(hip(-1), mul(thigh, 32)), mul(front, -9));
    const rArm = armTo(1, add(back, [0, 0, 4]), [0, 1, 0.5]);
    const lArm = armTo(-1, add(back, [0, 0, -4]), [0, 1, -1]);
    items.push({ cls: 'far', parts: lArm.parts }, { cls: '', parts: rArm.parts });
    // The right buttock: colour inside the round end of the crossed thigh, on its floor side.
    items.push({ ...felt([hip(1), right.knee], [0, -3, 4], 3.2, 0, 0.35), at: 200 });
    // What changed: the left knee drawn toward the chest.
    items.push({ cls: 'motion', arrow: [add(left.knee, [6, 20, -12]), add(left.knee, [-12, 22, -12])], at: 210 });
  } else {
    // Arms resting on the floor beside the body (the far one close in, hidden behind the hips rather than among the legs).
    items.push({ cls: 'far', parts: armTo(-1, add(shoulder(-1), [50, -9, -4]), [0, 1, -0.3]).parts, at: -2 });
    items.push({ cls: '', parts: armTo(1, add(shoulder(1), [50, -9, 22]), [0, 1, 0.3]).parts });
  }
  return items;
}

const r1 = (v) => Math.round(v * 10) / 10;
const xy = (p) => p.map(Math.round).join(' ');
/** A part as figure.ts reads it: "x y r x y r" (its two ends), or "x y r" for a ball. */
function ends([c1, ra], [c2, rb]) {
  if (len(sub(c2, c1)) <= Math.abs(ra - rb) + 0.5) return ra >= rb ? `${xy(c1)} ${r1(ra)}` : `${xy(c2)} ${r1(rb)}`;
  return `${xy(c1)} ${r1(ra)} ${xy(c2)} ${r1(rb)}`;
}

function render(items, cam) {
  // Painter's order, part by part: a limb's parts are split so that another limb can pass
  // between them (the crossed shin over the floor thigh); neighbours of one limb that stay
  // together in the order are drawn as one shape again.
  const mean = (pts) => pts.reduce((s, p) => s + cam.depth(p), 0) / pts.length;
  const pieces = items.flatMap((it, n) =>
    it.parts
      ? it.parts.map((p, i) => ({ cls: it.cls, n, parts: [p], key: it.at === undefined ? mean([p.a, p.b]) : it.at + i * 1e-6 }))
      : [{ ...it, n, key: it.at ?? Math.max(...(it.line ?? [it.fill ?? it.arrow]).flat().map(cam.depth)) }],
  );
  pieces.sort((a, b) => a.key - b.key);
  const merged = [];
  for (const p of pieces) {
    const last = merged.at(-1);
    if (last && last.n === p.n && p.parts && last.parts) last.parts = [...last.parts, ...p.parts];
    else merged.push({ ...p });
  }
  const head = (pts) => {
    // An arrowhead at the end of a projected line.
    const [a, b] = pts.slice(-2).map((p) => cam.project(p));
    const u = unit(sub(b, a));
    const n = [-u[1], u[0]];
    const w = (k) => add(b, add(mul(u, -7), mul(n, 5 * k)));
    return `M${xy(w(1))} ${xy(b)} ${xy(w(-1))}`;
  };
  const path = (pts) => `M${pts.map((p) => xy(cam.project(p))).join(' ')}`;
  const hair = () => {
    // The back of the head (on the floor) and its crown: the face is up.
    const c = cam.project(HEAD);
    const r = HEAD_R;
    const at = (deg) => xy(add(c, [r * Math.cos(rad(deg)), r * Math.sin(rad(deg))]));
    // …and the eye, a dot.
    return `M${at(-105)}A${r} ${r} 0 1 0 ${at(55)}Q${xy(add(c, [-2, 2]))} ${at(-105)}zM${xy(add(c, [4, -4]))}h0`;
  };
  return merged.map((it) =>
    it.parts
      ? [it.cls, it.parts.map((p) => ends([cam.project(p.a), p.ra], [cam.project(p.b), p.rb])).join(',')]
      : [it.cls, it.hair ? hair() : it.fill ? `${path(it.fill)}z` : it.arrow ? path(it.arrow) + head(it.arrow) : it.line.map(path).join('')],
  );
}

const CAMERAS = { hamstring: camera(0, 22), glute: camera(45, 15) };
const POSES = { hamstring, glute };

/** The points of flat path data. */
const points = (d) => d.match(/-?\d+ -?\d+/g).map((p) => p.split(' ').map(Number));

/** The mat's outline cut to the view box (Sutherland–Hodgman), so nothing is drawn outside the drawing. */
function clip(d, x1, y1, x2, y2) {
  let poly = points(d);
  for (const [axis, limit, keepAbove] of [[0, x1, true], [0, x2, false], [1, y1, true], [1, y2, false]]) {
    const inside = (p) => (keepAbove ? p[axis] >= limit : p[axis] <= limit);
    const cut = (a, b) => {
      const t = (limit - a[axis]) / (b[axis] - a[axis]);
      return a.map((v, i) => Math.round(v + (b[i] - v) * t));
    };
    poly = poly.flatMap((p, i) => {
      const prev = poly.at(i - 1);
      if (inside(p)) return inside(prev) ? [p] : [cut(prev, p), p];
      return inside(prev) ? [cut(prev, p)] : [];
    });
  }
  return `M${poly.map((p) => p.join(' ')).join(' ')}z`;
}

/** The area a frame's drawing covers (not the mat): [x1, y1, x2, y2]. */
function extent(items, cam) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const grow = (p, r = 0) => {
    const [x, y] = cam.project(p);
    box[0] = Math.min(box[0], x - r);
    box[1] = Math.min(box[1], y - r);
    box[2] = Math.max(box[2], x + r);
    box[3] = Math.max(box[3], y + r);
  };
  for (const it of items) {
    if (it.cls === 'mat') continue;
    for (const p of it.parts ?? []) grow(p.a, p.ra + 2), grow(p.b, p.rb + 2);
    for (const p of (it.line ?? [it.arrow ?? []]).flat()) grow(p, 6);
  }
  return box;
}

/** Both frames of a stretch, in one view box (so the body is the same size in both), with a margin. */
function stretchFrames(name) {
  const cam = CAMERAS[name];
  const poses = [0, 1].map((f) => POSES[name](f));
  const boxes = poses.map((p) => extent(p, cam));
  const m = 4;
  const [x, y] = [0, 1].map((i) => Math.floor(Math.min(...boxes.map((b) => b[i]))) - m);
  const [x2, y2] = [2, 3].map((i) => Math.ceil(Math.max(...boxes.map((b) => b[i]))) + m);
  return poses.map((p) => [`${x} ${y} ${x2 - x} ${y2 - y}`, render(p, cam).map((layer) => (layer[0] === 'mat' ? ['mat', `${clip(layer[1], x, y, x2, y2)}`] : layer))]);
}
export const frames = Object.fromEntries(Object.keys(POSES).map((n) => [n, stretchFrames(n)]));

const ts = `// Generated by scripts/poses.mjs from poses of a body in 3D: change the poses there, then run
// \`node scripts/poses.mjs\`. Each frame: its view box, then its layers, farthest first.
import type { Frame } from './figure.js';

${Object.entries(frames)
  .map(([n, f]) => `export const ${n}Frames: readonly Frame[] = ${JSON.stringify(f)};`)
  .join('\n')}
`;
writeFileSync(new URL('../src/content/drawings/poses.ts', import.meta.url), ts);
