import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../../scripts/postgres';

export default async function setup(project: TestProject) {
  const pg = await startPostgres();
  project.provide('postgresUrl', pg.url);
  return () => pg.stop();
}
