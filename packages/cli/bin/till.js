#!/usr/bin/env node
// The `till` command. Till is written in TypeScript and runs from source: tsx compiles it on the
// fly, so `npx till …` works right after `npm install`, with no build step to know about.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
