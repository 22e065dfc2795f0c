import type { Reporter } from '../analysis/reporter';
import type { SetContext } from '../analysis/setContext';

/** A rule inspects one evidence set and reports through the reporter. */
export type SetRule = (ctx: SetContext, reporter: Reporter) => void;
