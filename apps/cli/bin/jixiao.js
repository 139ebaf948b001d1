#!/usr/bin/env node
// Entry for `npx jixiao`: the CLI is TypeScript run by Node 24's type stripping (no build step).
import "../src/main.ts";
