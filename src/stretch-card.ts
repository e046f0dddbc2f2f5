/** Defines <stretch-card> (and the <hold-timer> it embeds). */
import './hold-timer.js';
import { StretchCard } from './components/stretch-card/stretch-card.js';
import { safeDefine } from './shared/define.js';
import { startLocaleSync } from './localization/locale.js';

startLocaleSync();
safeDefine('stretch-card', StretchCard);

export { StretchCard };
export type { RoutinePlace } from './components/stretch-card/stretch-card.js';
