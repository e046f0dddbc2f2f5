/** Defines <hold-timer>. Import this module for the tag; import the class from `components/` to extend it. */
import { HoldTimer } from './components/hold-timer/hold-timer.js';
import { safeDefine } from './shared/define.js';
import { startLocaleSync } from './localization/locale.js';

startLocaleSync();
safeDefine('hold-timer', HoldTimer);

export { HoldTimer };
export type { HoldTimerState, HoldStartDetail, HoldEndDetail, TimerCompleteDetail } from './components/hold-timer/hold-timer.js';
