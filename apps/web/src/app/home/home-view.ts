import { CurrentUser } from '@rcp/api-contract';

/** What the home page shows to whom. */
export type HomeView =
  | { kind: 'signed-out' }
  | { kind: 'network' }
  | { kind: 'dashboard'; councilId: string }
  /** A council role without a council (should not happen): the intro, and where to get help. */
  | { kind: 'no-council' };

export function homeViewFor(user: CurrentUser | null): HomeView {
  if (!user) return { kind: 'signed-out' };
  if (user.role === 'coordinator') return { kind: 'network' };
  return user.councilId ? { kind: 'dashboard', councilId: user.councilId } : { kind: 'no-council' };
}
