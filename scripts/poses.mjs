// The stretch drawings' poses, as a body in 3D, seen by a camera: writes the
// flat path data the drawings ship (src/content/drawings/poses.ts) and a
// preview page. Posing joints in 3D and projecting them keeps every limb its
// real length in every frame and lets a stretch be seen from the angle that
// shows it best (the figure 4 from above the feet), which hand-placed 2D
// points could not.
//   node scripts/poses.mjs            writes src/content/drawings/poses.ts
//   node scripts/poses.mjs --preview  also writes /tmp/poses.html
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

// The body.
const THIGH = 44;
const SHIN = 42;
const UPPER_ARM = 30;
const FOREARM = 30;
const shoulder = (side) => [33, 15, 17 * side];
const hip = (side) => [88, 11, 9 * side];

/** Head, neck and trunk: the trunk's length, with the width of the shoulders and hips across it. */
const trunk = () => [
  [[[12, 12, 0]], 23],
  [[[20, 22, 0], [24, 21, 0]], 7], // nose
  [[[24, 12, 0], [31, 12, 0]], 10],
  [[[38, 11, 0], [82, 11, 0]], 24],
  [[[35, 13, -14], [35, 13, 14]], 14],
  [[[86, 11, -8], [86, 11, 8]], 18],
];
/** A leg from the hip: knee and ankle given, the foot from the ankle (heel behind, toes along `toes`). */
function leg(h, knee, ankle, toes) {
  const t = unit(toes);
  const shin = unit(sub(ankle, knee));
  return [
    [[h, knee], 15],
    [[knee, ankle], 11],
    [[add(ankle, mul(shin, 4)), add(add(ankle, mul(shin, 2)), mul(t, 19))], 9],
  ];
}
/** A leg placed by the ankle, the knee bent toward `pole`. */
function legTo(side, ankle, pole, toes) {
  const [knee, a] = bend(hip(side), ankle, THIGH, SHIN, pole);
  return { knee, ankle: a, parts: leg(hip(side), knee, a, toes) };
}
/** A straight leg from the hip in direction `d`: one part from hip to ankle, so no step reads as a bent knee. */
function legStraight(side, d, toes) {
  const knee = add(hip(side), mul(d, THIGH));
  const ankle = add(knee, mul(d, SHIN));
  const [, , foot] = leg(hip(side), knee, ankle, toes);
  return { knee, ankle, parts: [[[hip(side), ankle], 13], foot] };
}
/** An arm from the shoulder to a fist at `hand`, the elbow bent toward `pole`. */
function armTo(side, hand, pole) {
  const [elbow, h] = bend(shoulder(side), hand, UPPER_ARM, FOREARM, pole);
  return { hand: h, parts: [[[shoulder(side), elbow, h], 8], [[h], 12]] };
}

/** A camera `turn` degrees round from the viewer's side toward the feet, `tilt` degrees above the floor. */
function camera(turn, tilt) {
  const c = [Math.sin(rad(turn)) * Math.cos(rad(tilt)), Math.sin(rad(tilt)), Math.cos(rad(turn)) * Math.cos(rad(tilt))];
  const r = [Math.cos(rad(turn)), 0, -Math.sin(rad(turn))];
  const u = cross(c, r);
  return { project: (p) => [dot(p, r), -dot(p, u)], depth: (p) => dot(p, c) };
}

// Items: { cls, parts: [[points, width]] } a body part group (outline + fill),
// { cls, line: [[points...]...] } a plain stroke, { cls, arrow: points } a stroke
// with an arrowhead, or { cls, fill: points } a shape.
// `at` overrides the depth used to order them (nearest last).

/** The mat under the person, from the head to past the feet. */
const mat = { cls: 'mat', fill: [[-6, 0, -34], [196, 0, -34], [196, 0, 30], [-6, 0, 30]], at: -1e3 };

/** A leg's foot: heel, toes and the middle of its sole, for props that touch it. */
function sole(l, along, toes) {
  return add(add(l.ankle, mul(along, 7)), mul(toes, 10));
}
/** Where a stretch is felt: a band of colour inside a body part, along its back (`off` toward it), from `a` to `b` of its length. */
function felt([from, to], off, width, a = 0.2, b = 0.85) {
  const at = (k) => add(add(from, mul(sub(to, from), k)), off);
  return { cls: 'felt', parts: [[[at(a), at(b)], width]] };
}

/**
 * The hamstring stretch. Start: the right knee bent toward the chest, the
 * towel round the sole of that foot, its ends in both hands, the left leg flat.
 * Stretch: the right leg straightened up toward the ceiling, knee straight,
 * towel still round its sole; the back of that thigh coloured.
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
    // Knee bent toward the chest, the shin sloping up, the sole facing the ceiling and the feet end.
    const knee = add(hip(1), mul(dir(98), THIGH));
    along = dir(28);
    toes = dir(118);
    const ankle = add(knee, mul(along, SHIN));
    right = { knee, ankle, parts: leg(hip(1), knee, ankle, toes) };
  }
  // The towel: a band across the sole, its two ends to the two fists.
  const mid = sole(right, along, toes);
  const band = [add(mid, mul(toes, -8)), add(mid, mul(toes, 7))];
  // Elbows resting on the floor beside the body, forearms up, a towel end in each fist.
  const hands = [1, -1].map((k) => add(shoulder(k), [24 + 5 * k, up ? 30 : 26, -8 * k]));
  const rArm = armTo(1, hands[0], [0.3, -1, 1]);
  const lArm = armTo(-1, hands[1], [0.3, -1, -1]);
  const items = [
    mat,
    { cls: 'far', parts: left.parts },
    { cls: 'far', parts: lArm.parts },
    { cls: '', parts: trunk(), at: -1 },
    { cls: 'prop', line: [[lArm.hand, add(mid, [0, 0, -7])]] },
    { cls: 'work', parts: right.parts },
    { cls: 'band', line: [band], at: 100 },
    { cls: 'prop', line: [[add(mid, [0, 0, 7]), rArm.hand]], at: 100 },
    { cls: '', parts: rArm.parts, at: 101 },
  ];
  // The back of the raised thigh: the side away from the head.
  if (up) items.push({ ...felt([hip(1), right.knee], mul(dir(raise - 90), 4.5), 6), at: 99 });
  else {
    // Next: straighten the knee, the foot up toward the ceiling (beside the foot, where it goes).
    const to = add(hip(1), mul(dir(raise), THIGH + SHIN));
    items.push({ cls: 'motion', arrow: [add(right.ankle, [16, -2, 14]), add(to, [16, 4, 14])], at: 200 });
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
    // The left thigh drawn just past upright, the knee bent at a right angle, the foot off the floor.
    const knee = add(hip(-1), mul(dir(100), THIGH));
    const ankle = add(knee, mul(dir(5), SHIN));
    left = { knee, ankle, parts: leg(hip(-1), knee, ankle, dir(100)) };
  } else left = legTo(-1, [134, 8, -11], [0, 1, 0], dir(-2));
  const thigh = unit(sub(left.knee, hip(-1)));
  const front = unit(cross([0, 0, 1], thigh));
  // The right ankle rests on the front of the left thigh, just short of the knee; the right knee turned out (toward us, and down).
  const rest = add(add(left.knee, mul(thigh, -6)), mul(front, 13));
  const right = legTo(1, rest, up ? [0, -0.6, 1] : [0, -1.2, 1], up ? [0.6, 0.5, -0.4] : [0.4, 1, -0.3]);
  const items = [mat, { cls: '', parts: trunk(), at: -1 }, { cls: 'far', parts: left.parts }, { cls: 'work', parts: right.parts }];
  if (up) {
    // Hands clasped round the back of the left thigh.
    const back = add(add(hip(-1), mul(thigh, 30)), mul(front, -12));
    const rArm = armTo(1, add(back, [0, 0, 4]), [0, 1, 0.5]);
    const lArm = armTo(-1, add(back, [0, 0, -4]), [0, 1, -1]);
    items.push({ cls: 'far', parts: lArm.parts }, { cls: '', parts: rArm.parts });
    items.push({ cls: 'felt', line: [[add(hip(1), [-2, -4, 14]), add(hip(1), [6, -4, 22])]], at: 200 });
  } else {
    items.push({ cls: 'far', parts: armTo(-1, add(shoulder(-1), [52, -9, -12]), [0, 1, -0.3]).parts });
    items.push({ cls: '', parts: armTo(1, add(shoulder(1), [52, -9, 12]), [0, 1, 0.3]).parts });
  }
  return items;
}

function render(items, cam) {
  // Painter's order, part by part: a limb's parts are split so that another limb can pass
  // between them (the crossed shin over the floor thigh); neighbours of one limb that stay
  // together in the order are drawn as one shape again.
  const mean = (pts) => pts.reduce((s, p) => s + cam.depth(p), 0) / pts.length;
  const pieces = items.flatMap((it, n) =>
    it.parts && it.at === undefined
      ? it.parts.map(([pts, w]) => ({ cls: it.cls, n, parts: [[pts, w]], key: mean(pts) }))
      : [{ ...it, n, key: it.at ?? Math.max(...(it.parts ?? (it.line ?? [it.fill ?? it.arrow]).map((l) => [l])).flatMap(([pts]) => pts.map(cam.depth))) }],
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
    const w = (k) => add(b, add(mul(u, -7), mul(n, 5 * k))).map(Math.round);
    return `M${w(1).join(' ')} ${b.map(Math.round).join(' ')} ${w(-1).join(' ')}`;
  };
  const pt = (p) => cam.project(p).map(Math.round);
  const path = (pts) => {
    const ps = pts.map(pt);
    return ps.length === 1 ? `M${ps[0].join(' ')}h0` : `M${ps.map((p) => p.join(' ')).join(' ')}`;
  };
  return merged.map((it) =>
    it.parts
      ? [it.cls, ...it.parts.map(([pts, w]) => [path(pts), w])]
      : [it.cls, it.fill ? `${path(it.fill)}z` : it.arrow ? path(it.arrow) + head(it.arrow) : it.line.map(path).join('')],
  );
}

const CAMERAS = { hamstring: camera(0, 26), glute: camera(28, 45) };
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

/** Both frames of a stretch, in one view box (so the body is the same size in both), 12 units of margin. */
function stretchFrames(name) {
  const layers = [0, 1].map((f) => render(POSES[name](f), CAMERAS[name]));
  const pts = layers
    .flat()
    .filter((l) => l[0] !== 'mat')
    .flatMap((l) => l.slice(1).flatMap((p) => points(typeof p === 'string' ? p : p[0])));
  const [xs, ys] = [0, 1].map((i) => pts.map((p) => p[i]));
  const [x, y] = [Math.min(...xs) - 12, Math.min(...ys) - 12];
  const [x2, y2] = [Math.max(...xs) + 12, Math.max(...ys) + 12];
  return layers.map((l) => [`${x} ${y} ${x2 - x} ${y2 - y}`, l.map((layer) => (layer[0] === 'mat' ? ['mat', `${clip(layer[1], x, y, x2, y2)}`] : layer))]);
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

if (process.argv.includes('--preview')) {
  const svgOf = ([vb, layers]) =>
    `<svg viewBox="${vb}">${layers
      .map(([cls, ...ps]) =>
        typeof ps[0] === 'string'
          ? `<path class="${cls}" d="${ps[0]}"/>`
          : `<g class="${cls}">${ps.map(([d, w]) => `<path class="edge" d="${d}" stroke-width="${w + 4}"/>`).join('')}${ps.map(([d, w]) => `<path class="body" d="${d}" stroke-width="${w}"/>`).join('')}</g>`,
      )
      .join('')}</svg>`;
  const css = `body{margin:0;background:#fff}svg{display:inline-block;width:420px;margin:6px;background:#f3f7f7}path{fill:none;stroke-linecap:round;stroke-linejoin:round}.edge{stroke:#1d2b2b}.body{stroke:#fff}.work .body{stroke:#bcd8d6}.far .body{stroke:#d3d9d9}.prop{stroke:#0a6b66;stroke-width:4}.band{stroke:#0a6b66;stroke-width:6}.mat{fill:#dfe9e8;stroke:none}.felt .edge{stroke:none}.felt .body{stroke:#f76707;opacity:.75}.felt{stroke:#f76707;stroke-width:3}.motion{stroke:#5f6f6f;stroke-width:3}`;
  writeFileSync('/tmp/poses.html', `<style>${css}</style>${Object.values(frames).flat().map(svgOf).join('')}`);
}
