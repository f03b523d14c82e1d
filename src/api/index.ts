/**
 * dyad's HTTP API: {@link buildServer} over a {@link Store}, with an injected coder for `POST /articles`.
 *
 * @packageDocumentation
 */
export { buildServer, type ServerOptions } from './server.js';
export { ROUTES, type Coder, type CodedArticle, type Route } from './routes.js';
export { openApiDocument } from './openapi.js';
export { isLoopback } from './auth.js';
export { ArticleBody } from './params.js';
