/**
 * React components for the three elements, made with @lit/react: props are
 * the elements' typed properties, and each event has a typed `on…` prop.
 *
 *   import { StretchCard } from 'stretch-widgets/react';
 *   <StretchCard exercise="hamstring" onHoldEnd={(e) => save(e.detail.heldMs)} />
 *
 * A card and a routine also hear their timers' events (they bubble).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { HoldTimer as HoldTimerElement, type HoldStartDetail, type HoldEndDetail, type TimerCompleteDetail } from '../hold-timer.js';
import { StretchCard as StretchCardElement } from '../stretch-card.js';
import {
  StretchRoutine as StretchRoutineElement,
  type RoutineStartDetail,
  type RoutineProgressDetail,
  type RoutineCompleteDetail,
} from '../stretch-routine.js';

const timerEvents = {
  onHoldStart: 'hold-start' as EventName<CustomEvent<HoldStartDetail>>,
  onHoldTarget: 'hold-target' as EventName<CustomEvent<HoldStartDetail>>,
  onHoldEnd: 'hold-end' as EventName<CustomEvent<HoldEndDetail>>,
  onTimerComplete: 'timer-complete' as EventName<CustomEvent<TimerCompleteDetail>>,
};

const routineEvents = {
  ...timerEvents,
  onRoutineStart: 'routine-start' as EventName<CustomEvent<RoutineStartDetail>>,
  onRoutineProgress: 'routine-progress' as EventName<CustomEvent<RoutineProgressDetail>>,
  onRoutineComplete: 'routine-complete' as EventName<CustomEvent<RoutineCompleteDetail>>,
};

/** `<hold-timer>`: times the holds of one stretch. */
export const HoldTimer = createComponent({ tagName: 'hold-timer', elementClass: HoldTimerElement, react: React, events: timerEvents, displayName: 'HoldTimer' });

/** `<stretch-card>`: one stretch, explained and timed. */
export const StretchCard = createComponent({ tagName: 'stretch-card', elementClass: StretchCardElement, react: React, events: timerEvents, displayName: 'StretchCard' });

/** `<stretch-routine>`: the whole routine, guided. */
export const StretchRoutine = createComponent({
  tagName: 'stretch-routine',
  elementClass: StretchRoutineElement,
  react: React,
  events: routineEvents,
  displayName: 'StretchRoutine',
});

export type { HoldStartDetail, HoldEndDetail, TimerCompleteDetail, RoutineStartDetail, RoutineProgressDetail, RoutineCompleteDetail };
