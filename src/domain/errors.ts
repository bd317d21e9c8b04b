/** Errors a client can act on. The GraphQL layer turns them into `extensions.code`; everything else is masked. */

export interface Problem {
  /** Where the problem is, e.g. "statements.2.speaker" or "first". */
  path: string;
  message: string;
}

export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      problems.length === 1 && problems[0]
        ? `Invalid input at ${problems[0].path || '(root)'}: ${problems[0].message}`
        : `Invalid input: ${problems.length} problems, listed in extensions.problems.`,
    );
    this.name = 'InputError';
  }

  static single(path: string, message: string): InputError {
    return new InputError([{ path, message }]);
  }
}

/** The request lacks the write token (or the read token, when one is configured). */
export class UnauthenticatedError extends Error {
  constructor(message = 'This operation needs "Authorization: Bearer <API_TOKEN>".') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}
