/**
 * What to do when a patient presses "It hurts / I feel numbness" during a
 * stretch. `easeOff` follows the clinic's article; `stopAndCall` and `urgent`
 * are standard physiotherapy advice and the well-known red flags for
 * sciatica (cauda equina syndrome, foot drop, pain in both legs). No phone
 * number is named: the widget is used worldwide. Called at render time so
 * `msg()` uses the current language.
 */
import { msg } from '@lit/localize';

export interface SafetyText {
  title: string;
  /** First, right now: back off the stretch. */
  easeOff: string[];
  /** Stop stretching and contact the clinic. */
  stopAndCall: string[];
  /** Red flags: get emergency help. */
  urgent: { title: string; signs: string[]; action: string };
}

export function safetyText(): SafetyText {
  return {
    title: msg('If it hurts or feels numb'),
    easeOff: [
      msg('Stop pushing and ease back a little.'),
      msg('A pull into your low back, numbness down your leg, or burning in your leg can happen during a stretch.'),
      msg('If it does, only go as far as is comfortable.'),
    ],
    stopAndCall: [
      msg('If your pain gets worse after you stretch and it stays worse, stop the stretches and call your physiotherapist or clinic.'),
      msg('If numbness or tingling spreads, or it does not settle down, stop and call your physiotherapist or clinic.'),
      msg('If your leg feels weak, stop and call your physiotherapist or clinic.'),
    ],
    urgent: {
      title: msg('Get help right away if you have any of these'),
      signs: [
        msg('Numbness around your bottom or genitals: the parts that would touch a bike seat.'),
        msg('New trouble passing urine, or controlling your bladder or bowels.'),
        msg('Weakness in both legs, or a leg or foot that gets weaker fast. For example, your foot drags or slaps down when you walk.'),
        msg('Very bad pain in both legs.'),
      ],
      action: msg('Stop stretching and get medical help now. Go to an emergency department or call your local emergency number.'),
    },
  };
}
