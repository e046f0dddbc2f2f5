/** Defines <stretch-routine> (and the <stretch-card> and <hold-timer> it uses). */
import './stretch-card.js';
import { StretchRoutine } from './components/stretch-routine/stretch-routine.js';
import { safeDefine } from './shared/define.js';
import { startLocaleSync } from './localization/locale.js';

startLocaleSync();
safeDefine('stretch-routine', StretchRoutine);

export { StretchRoutine };
export type { RoutineMode, RoutineStartDetail, RoutineProgressDetail, RoutineCompleteDetail } from './components/stretch-routine/stretch-routine.js';
