import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

/** An error with an HTTP status and, for a bad input, the parameter at fault. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

/** Parses request input with a zod schema, or throws a 400 naming the first bad (or unknown) parameter. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'query' | 'body' | 'path',
): z.output<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    throw new HttpError(
      400,
      `dyad: unknown ${where === 'body' ? 'field' : 'parameter'} ${keys.join(', ')}; see /openapi.json for the ones this route takes`,
      keys[0],
    );
  }
  const name = issue.path.join('.');
  if (!name) throw new HttpError(400, `dyad: bad ${where}: ${issue.message}`);
  throw new HttpError(400, `dyad: bad ${where === 'body' ? 'field' : 'parameter'} ${name}: ${issue.message}`, name);
}

/** Turns every error into a clean JSON answer `{ error, parameter? }`: 4xx say what to fix; 5xx are logged and say little. */
export function errorHandler(
  err: FastifyError | HttpError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = (err as { statusCode?: number }).statusCode;
  if (status && status >= 400 && status < 500) {
    const code = (err as FastifyError).code;
    let message = err.message.startsWith('dyad:') ? err.message : `dyad: ${err.message}`;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      message = 'dyad: the request body is larger than this server accepts; send a smaller article';
    else if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') message = 'dyad: send the body as application/json';
    else if (status === 400 && /JSON/i.test(err.message)) message = `dyad: the body is not valid JSON (${err.message})`;
    const parameter = (err as HttpError).parameter;
    reply.code(status).send(parameter ? { error: message, parameter } : { error: message });
    return;
  }
  request.log.error({ err }, 'request failed');
  reply.code(500).send({ error: 'dyad: internal error; the server log has the details' });
}
