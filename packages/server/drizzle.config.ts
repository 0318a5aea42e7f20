import { defineConfig } from 'drizzle-kit';

// `npm run db:generate -w @till/server` writes the next migration into drizzle/ from the schema.
// One migration set serves PGlite and PostgreSQL; commit the generated files.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
});
