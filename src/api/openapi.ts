import { z } from 'zod';
import { EventRecord } from '../schema/event-record.js';
import type { Route } from './routes.js';

type JsonSchema = Record<string, any>;

function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): JsonSchema[] {
  if (!schema) return [];
  const json = inputSchema(schema);
  const required = new Set<string>(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s as JsonSchema;
    return { name, in: where, required: where === 'path' || required.has(name), description, schema: rest };
  });
}

/** The OpenAPI 3.1 document of the API, written from the routes' zod schemas. */
export function openApiDocument(routes: Route[], version = '0.1.0'): JsonSchema {
  const paths: JsonSchema = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const op: JsonSchema = {
      summary: r.summary,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses: {
        '200': { description: 'OK' },
        '400': {
          description: 'A bad or unknown parameter, named in `parameter`',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    };
    if (r.url === '/events') {
      op.responses['200'] = {
        description: 'A page of events, or the stream of every match',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: {
                events: { type: 'array', items: { $ref: '#/components/schemas/EventRecord' } },
                next: { type: ['string', 'null'] },
              },
            },
          },
          'application/x-ndjson': { schema: { $ref: '#/components/schemas/EventRecord' } },
          'text/csv': { schema: { type: 'string' } },
        },
      };
    }
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: inputSchema(r.body) } } };
    if (r.write) {
      op.security = [{ bearer: [] }, {}];
      op.responses['401'] = { description: 'Missing or wrong token' };
      op.responses['413'] = { description: 'Body too large' };
    }
    paths[path] = { ...(paths[path] ?? {}), [r.method.toLowerCase()]: op };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'dyad',
      version,
      description:
        'Geopolitical event data coded from news: query events, timelines, networks and escalation alerts. Answers of the aggregate routes (/timeline, /network, /alerts, /top/*, /counts/codes, /stats) are cached for a few seconds by normalised query (header x-dyad-cache: hit or miss) and forgotten on every write through this server.',
    },
    paths,
    components: {
      schemas: {
        EventRecord: inputSchema(EventRecord),
        Error: {
          type: 'object',
          properties: { error: { type: 'string' }, parameter: { type: 'string' } },
          required: ['error'],
        },
      },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Required for writes when a token is set or the server listens beyond loopback',
        },
      },
    },
  };
}
