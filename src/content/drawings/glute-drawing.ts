/**
 * Glute stretch, "figure 4" (poses in scripts/poses.mjs). Frame 0, the start:
 * lying on the back, the far knee bent with its foot flat on the floor, the
 * near ankle crossed over that knee, the near knee turned out; arms resting on
 * the floor. Frame 1, the stretch: both hands clasped behind the far thigh
 * draw that knee toward the chest (an arrow), its foot off the floor; the
 * near buttock is marked. Seen from 45° toward the feet, so the crossed shin
 * shows across the far knee.
 */
import { drawing } from './figure.js';
import { gluteFrames } from './poses.js';

export const gluteDrawing = (frame: number, alt: string) => drawing(gluteFrames[frame], alt);
