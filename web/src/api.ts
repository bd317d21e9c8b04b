/** An error the API returned, with what the user can act on. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly problems: Array<{ path: string; message: string }> = [],
  ) {
    super(message);
  }
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string; problems?: Array<{ path: string; message: string }> };
}

/**
 * The write token lives here and nowhere else: in this tab's memory, gone on reload, never in
 * localStorage or a cookie. It goes with every request once typed (a READ_TOKEN server needs one too).
 */
let token = '';

export function setToken(value: string): void {
  token = value.trim();
}

export function hasToken(): boolean {
  return token.length > 0;
}

function headers(): Record<string, string> {
  const result: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) result.authorization = `Bearer ${token}`;
  return result;
}

function toError(errors: GraphQLError[], status: number): ApiError {
  const first = errors[0];
  const problems = errors.flatMap((e) => e.extensions?.problems ?? []);
  const message = errors.map((e) => e.message).join(' ') || `HTTP ${status}`;
  return new ApiError(message, first?.extensions?.code ?? null, problems);
}

/** Runs one operation against this origin's /graphql; throws ApiError with the API's codes and problems. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLError[] };
  if (body.errors?.length) throw toError(body.errors, response.status);
  if (!response.ok || !body.data) throw new ApiError(`The API answered HTTP ${response.status}.`, null);
  return body.data;
}
