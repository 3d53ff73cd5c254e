// Start-up requests sent before React renders: the session check and, on the Notes page, its
// first list. Without them each waited for the one before it (script, render, session, page
// code, render, list: issue 7, Notes page start-up); now they travel together with the page's
// code. A page asks as usual (api.get) and is handed the early answer, once.
const early = new Map<string, Promise<Response>>();

/** The same request api.get makes (request.ts), so an early answer stands in for it exactly. */
const GET_INIT: RequestInit = { headers: { accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' };

/**
 * Sends GET requests now, for api.get to pick up later.
 * @example askEarly(['/api/setup', '/api/auth/me']);
 */
export function askEarly(paths: readonly string[]): void {
  for (const path of paths) {
    if (early.has(path)) continue;
    const answer = fetch(path, GET_INIT);
    answer.catch(() => undefined); // a failure surfaces when (if) the answer is taken
    early.set(path, answer);
  }
}

/** The early answer to this exact GET path, if one was asked for and not yet taken. */
export function takeEarlyAnswer(path: string): Promise<Response> | undefined {
  const answer = early.get(path);
  early.delete(path);
  return answer;
}

/** Drops answers not taken: they were asked for before sign-in and would be stale after it. */
export function forgetEarlyAnswers(): void {
  early.clear();
}
