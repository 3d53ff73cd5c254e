// Assembles the Fastify application around an open store. No listening here (see index.ts).
import './fastify-augment.ts';
import fastifyCookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Store } from '#store';
import { auditRoutes } from './audit/audit.routes.ts';
import { registerRouteAudit } from './audit/route-audit.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { guardRequest } from './auth/guard-request.ts';
import { clientsRoutes } from './clients/clients.routes.ts';
import { composeRoutes } from './compose/compose.routes.ts';
import { handleError } from './errors/handle-error.ts';
import { dataFlowRoutes } from './data-flow/data-flow.routes.ts';
import { healthRoutes } from './health/health.routes.ts';
import { modelRoutes } from './model/model.routes.ts';
import { icd10Routes } from './icd10/icd10.routes.ts';
import { plansRoutes } from './plans/plans.routes.ts';
import { documentsRoutes } from './documents/documents.routes.ts';
import { createLoggerOptions, type LoggerSettings } from './logging/create-logger-options.ts';
import { registerHostCheck } from './network/check-host.ts';
import { measuresRoutes } from './measures/measures.routes.ts';
import { notesRoutes } from './notes/notes.routes.ts';
import { registerCompression } from './register-compression.ts';
import { registerSecurity } from './register-security.ts';
import type { ServerConfig } from './server-config.ts';
import { settingsRoutes } from './settings/settings.routes.ts';
import { supervisionRoutes } from './supervision/supervision.routes.ts';
import { transcriptionRoutes } from './transcription/transcription.routes.ts';
import { usersRoutes } from './users/users.routes.ts';
import { serveWeb } from './web/serve-web.ts';

export interface BuildAppOptions {
  store: Store;
  config: ServerConfig;
  logger: LoggerSettings | false;
  /** Certificate and private key (PEM): the server speaks HTTPS itself. */
  tls?: TlsFiles;
}

export interface TlsFiles {
  cert: string | Buffer;
  key: string | Buffer;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const base = { logger: createLoggerOptions(options.logger), bodyLimit: 2 * 1024 * 1024, trustProxy: options.config.trustProxy };
  // Fastify types an https server apart from an http one; everything registered below works on both.
  const app = (options.tls ? Fastify({ ...base, https: { cert: options.tls.cert, key: options.tls.key } }) : Fastify(base)) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.decorate('store', options.store);
  app.decorate('config', options.config);
  app.decorateRequest('auth', null);

  registerHostCheck(app);
  await app.register(fastifyCookie);
  await registerSecurity(app);
  // Before every route: the plugin attaches itself to the routes registered after it.
  await registerCompression(app);
  await app.register(rateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Afterword API', version: '0.1.0', description: 'JSON API of the Afterword web application (docs/api.md).' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'aw_session' } } },
    },
    transform: jsonSchemaTransform,
  });

  app.addHook('preValidation', async (request, reply) => {
    // Only matched /api routes are guarded; the static files and the 404 handler are not.
    if (request.routeOptions.url?.startsWith('/api/')) await guardRequest(request, reply);
  });

  registerRouteAudit(app);
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(usersRoutes);
  await app.register(clientsRoutes);
  await app.register(icd10Routes);
  await app.register(composeRoutes);
  await app.register(notesRoutes);
  await app.register(supervisionRoutes);
  await app.register(settingsRoutes);
  await app.register(modelRoutes);
  await app.register(dataFlowRoutes);
  await app.register(auditRoutes);
  await app.register(measuresRoutes);
  await app.register(transcriptionRoutes);
  await app.register(plansRoutes);
  await app.register(documentsRoutes);
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  await serveWeb(app, options.config.webDir);
  return app;
}
