import type { SelectionParams } from '../src/core/select-summary.js';
import { gridOf } from './cross-validate.js';

/**
 * The settings cross-validation chooses among: a few values of each of the objective's global
 * parameters, spread around the published systems' usual ranges (lead weighting from none to
 * strong, single words from off to as heavy as pairs, Lin & Bilmes' length scaling from 0.5 to 1).
 */
export const SELECTION_GRID: SelectionParams[] = gridOf<SelectionParams>({
  leadWorth: [1, 3, 5, 8],
  wordWeight: [0, 0.25, 0.5, 1],
  lengthExponent: [0.5, 0.7, 0.9],
  recencyBonus: [0, 0.3],
});

/** The selection as it was before cross-validation (issue 15): pairs only, hand-set. */
export const PREVIOUS_SELECTION: SelectionParams = { leadWorth: 5, wordWeight: 0, lengthExponent: 0.7, recencyBonus: 0.3 };
