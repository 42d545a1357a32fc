// The control for each answerable node type.
import { createTextControl } from './text.js';
import { createListControl } from './list.js';
import { createChoiceControl } from './choice.js';
import { createMultiControl } from './multi.js';
import { createScaleControl } from './scale.js';
import { createRankControl } from './rank.js';
import { createRecapControl } from './recap.js';

const FACTORIES = {
  text: createTextControl,
  list: createListControl,
  choice: createChoiceControl,
  multi: createMultiControl,
  scale: createScaleControl,
  rank: createRankControl,
  recap: createRecapControl,
};

/** Types whose answer belongs to the partner and so has a visibility. */
export const ANSWER_TYPES = ['text', 'list', 'choice', 'multi', 'scale', 'rank'];

/** Creates the control for a step, or null for types without one (say, end). */
export function createControl(step, ctx) {
  const factory = FACTORIES[step.type];
  return factory ? factory(step, { ...ctx, createControl }) : null;
}
