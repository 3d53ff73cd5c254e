import { buildApp } from '../../server/build-app.ts';
export const app = buildApp;
