#!/usr/bin/env node
/** The `k8s-contrib-card` executable (package.json `bin`): see `main.ts`. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env });
