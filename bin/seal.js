#!/usr/bin/env node
// The seal command line: the bundled CLI built by `npm run bundle`.
import '../dist/cli/index.js'
