/** What each error status means in this API; every one has the ErrorBody shape. */
export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `errors` lists each field and what is wrong with it.',
  401: 'Not signed in (or the session or token has expired).',
  403: 'Signed in without access to this, or a write without its XSRF header.',
  404: 'Not found, or not yours to see.',
  409: 'Someone else changed it first: `currentVersion` (and `conflicts` for ratings) say what is there now.',
  412: 'The If-Match version is not the current one: someone changed it since you read it.',
  413: 'The request body or uploaded file is too large.',
  415: 'The uploaded file is not of a type this accepts.',
  422: 'Understood but not possible in the current state.',
  429: 'Too many requests: wait for the time in the Retry-After header.',
  503: 'The database is not answering: try again after the time in the Retry-After header.',
};

export function errorResponse(status: number) {
  const description = ERROR_DESCRIPTIONS[status];
  if (!description) throw new Error(`No description for error status ${status}`);
  return {
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
  };
}

/** The answer to a request whose If-None-Match still matches: no body, keep your copy. */
export const NOT_MODIFIED = {
  description: 'Not modified: the ETag sent in If-None-Match still matches; use the cached copy.',
};
