/**
 * Hamstring stretch (poses in scripts/poses.mjs). Frame 0, the start: lying
 * on the back, both legs straight on the floor, a towel looped under the sole
 * of the near foot, its ends in both hands; a curved arrow shows the leg going
 * up next. Frame 1, the stretch: that leg raised toward the ceiling, knee
 * straight, the back of the thigh marked.
 */
import { drawing } from './figure.js';
import { hamstringFrames } from './poses.js';

export const hamstringDrawing = (frame: number, alt: string) => drawing(hamstringFrames[frame], alt);
