/**
 * The shape of one stretch's content. Text fields are produced by functions
 * (not stored) so that every `msg()` runs at render time, in the current
 * language.
 */
import type { TemplateResult } from 'lit';
import type { Dosage, Side } from '../core/dosage.js';

export type ExerciseId = 'hamstring' | 'glute';

/** How the dosage chips and the timer describe a side: "leg" or "side". */
export type SideNoun = 'leg' | 'side';

export interface StretchContent {
  id: ExerciseId;
  title: string;
  /** One short line under the title, e.g. "Back of the thigh". */
  subtitle: string;
  /** Why it helps: one or two sentences. */
  why: string;
  /** Starting position, one sentence. */
  position: string;
  /** What you need, e.g. ["A long towel or a belt"]. Empty when nothing. */
  equipment: string[];
  /** Numbered steps, each a short sentence or two. */
  steps: string[];
  /** What you should feel and where. */
  feel: string;
  /** Cautions: when to ease off. */
  cautions: string[];
  /** Notes, e.g. the painful side may feel tighter; stretch both anyway. */
  notes: string[];
  /**
   * Text alternatives of the drawing's two frames (start, stretch), for each
   * side: the frame drawn for that side names that leg.
   */
  drawingAlt: Record<Side, readonly [start: string, stretch: string]>;
  /** What "get into position" says before the first hold, spoken by voice cues. */
  getReady: string;
  /** The stretch's safety rule in one short sentence, spoken once, at its first hold. */
  safetyRule: string;
}

/** What is known about a stretch before its words load. */
export interface StretchMeta {
  id: ExerciseId;
  /** The article's dose for this stretch. */
  dosage: Readonly<Dosage>;
  /** Sessions a day the article asks for. */
  timesPerDay: number;
  sideNoun: SideNoun;
}

export interface StretchDefinition extends StretchMeta {
  content: () => StretchContent;
  /** Frame 0 (start) or 1 (stretch) as an inline SVG line drawing of the right side, named by `alt`. */
  drawing: (frame: number, alt: string) => TemplateResult;
}
