import { msg } from '@lit/localize';
import { cues, type CuePrefs } from './cues.js';
import { cuePlayer } from './cue-player.js';

/**
 * The patient flips Sound or Voice (a timer's switches, or the routine's before Start):
 * stored and shared with every widget, and confirmed by the cue itself. Call it inside
 * the tap, where browsers let audio and speech start.
 */
export function toggleCue(prefs: CuePrefs, kind: keyof CuePrefs): CuePrefs {
  const next = { ...prefs, [kind]: !prefs[kind] };
  cues.unlock(next);
  cues.set(next);
  if (next[kind]) {
    if (kind === 'voice') cuePlayer.say(msg('Voice prompts are on.'));
    else cuePlayer.tone('count');
  }
  return next;
}
