/**
 * The dosage attributes <hold-timer> and <stretch-card> share, read on top
 * of a base dose, with one named warning per bad value.
 */
import { parseDosage, type Dosage, type DosageInput } from '../core/dosage.js';
import { warnAttribute } from './warn.js';

const FIELD: Record<string, keyof Dosage> = { 'hold-max': 'holdMax', 'lead-in': 'leadIn' };

export function dosageFrom(owner: Element & DosageInput, base: Readonly<Dosage>): Dosage {
  const { dosage, problems } = parseDosage(owner, base);
  for (const p of problems) {
    const fallback = base[FIELD[p.attribute] ?? (p.attribute as keyof Dosage)];
    warnAttribute(owner, p.attribute, p.value, p.accepts, fallback ?? 'no range');
  }
  return dosage;
}
