/**
 * The dosage attributes <hold-timer> and <stretch-card> share, read on top
 * of a base dose, with one named warning per bad value. Called whenever they
 * change, so a bad value set from script warns just as one in the HTML does.
 */
import { parseDosage, type Dosage, type DosageInput } from '../core/dosage.js';
import { warnAttribute } from './warn.js';

export function dosageFrom(owner: Element & DosageInput, base: Readonly<Dosage>): Dosage {
  const { dosage, problems } = parseDosage(owner, base);
  for (const p of problems) warnAttribute(owner, p.attribute, p.value, p.accepts, p.fallback);
  return dosage;
}
