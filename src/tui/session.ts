// Holds the review state, runs the reducer, and carries out the effects it asks for through
// data-only services. The ink app subscribes to it; tests drive it without a terminal.
import type { ClaimResult } from '../types.js';
import { effectsFor, reduce, type Action, type Loaded, type ReviewState } from './state.js';

export interface ReviewServices {
  /** Writes the decisions (called after every change to them); returns where. Throws on failure. */
  save(state: ReviewState): string;
  /** Writes the result with the decisions; returns where and in what format. Throws on failure. */
  exportResult(state: ReviewState): { path: string; format: string };
  /** Leaves the screen. */
  quit(state: ReviewState): void;
  /** Rewrites a misquote in the draft to the source's words and checks the draft again. */
  fix?(claim: ClaimResult): Promise<Loaded & { path: string }>;
}

export interface Session {
  getState(): ReviewState;
  dispatch(action: Action): void;
  subscribe(listener: () => void): () => void;
}

export function createSession(initial: ReviewState, services: ReviewServices): Session {
  let state = initial;
  const listeners = new Set<() => void>();
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

  const dispatch = (action: Action): void => {
    const prev = state;
    state = reduce(prev, action);
    for (const effect of effectsFor(prev, state, action)) {
      if (effect.type === 'save') {
        try {
          state = reduce(state, { type: 'saved', path: services.save(state) });
        } catch (error) {
          state = reduce(state, { type: 'saveFailed', error: message(error) });
        }
      } else if (effect.type === 'export') {
        try {
          const { path, format } = services.exportResult(state);
          state = reduce(state, { type: 'exported', path, format });
        } catch (error) {
          state = reduce(state, { type: 'exportFailed', error: message(error) });
        }
      } else if (effect.type === 'fix') {
        if (!services.fix) {
          state = reduce(state, { type: 'fixFailed', error: 'not available here' });
          continue;
        }
        services.fix(effect.claim).then(
          ({ path, ...loaded }) => dispatch({ type: 'loaded', ...loaded, fixed: path }),
          (error: unknown) => dispatch({ type: 'fixFailed', error: message(error) }),
        );
      } else {
        services.quit(state);
      }
    }
    if (state !== prev) for (const listener of listeners) listener();
  };

  return {
    getState: () => state,
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
