// Lint rules, and the rules that keep the layers of src/ apart. Imports go one way:
//   actions, cli -> core/index | core/<step>-step | core/tools | core/setup/index -> steps -> domain folders -> oci, keys, formats -> util
// The layer rules work on resolved paths (import-x/no-restricted-paths), so `../index.js` means the file it
// names wherever the importer sits. The parser is not type-aware, which keeps `npm run lint` quick.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'
import { defineConfig, globalIgnores } from 'eslint/config'

const root = import.meta.dirname

/** The domain layer: every folder of src/core that is not an entry, steps/, or a lower layer. */
const domain = 'src/core/!(util|oci|keys|formats|steps)/**'

const NO_ACTIONS = 'The core library runs outside GitHub Actions too: only src/actions imports @actions/*.'

const layers = [
  {
    target: 'src/core',
    from: ['src/actions', 'src/cli'],
    message: 'The core library does not know about the actions or the command line.'
  },
  // Each action reaches the core through index.js and its own step's entry only, so that its bundle carries
  // no other step's code.
  ...['sign', 'verify', 'attest'].map(step => ({
    target: `src/actions/${step}`,
    from: 'src/core',
    except: ['./index.ts', `./${step}-step.ts`],
    message: `The ${step} action imports the core through src/core/index.js and src/core/${step}-step.js only.`
  })),
  {
    target: 'src/actions/shared',
    from: 'src/core',
    except: ['./index.ts'],
    message: 'What all actions share imports the core through src/core/index.js only.'
  },
  {
    target: 'src/actions/setup',
    from: 'src/core',
    except: ['./index.ts', './setup/index.ts'],
    message: 'The setup action imports the core through src/core/setup/index.js or src/core/index.js only.'
  },
  {
    target: 'src/cli',
    from: 'src/core',
    except: ['./index.ts', './tools.ts', './sign-step.ts', './verify-step.ts', './attest-step.ts'],
    message: 'The command line imports the core through src/core/index.js, tools.js and the step entries only.'
  },
  {
    target: 'src/cli',
    from: 'src/actions',
    message: 'The command line does not import the actions.'
  },
  {
    target: 'src/actions',
    from: 'src/cli',
    message: 'The actions do not import the command line.'
  },
  {
    target: 'src/core/util',
    from: 'src/core',
    except: ['./util'],
    message: 'src/core/util is the bottom layer: it imports nothing else from src/core.'
  },
  {
    target: ['src/core/oci', 'src/core/keys', 'src/core/formats'],
    from: 'src/core',
    except: ['./util', './oci', './keys', './formats'],
    message: 'src/core/oci, keys and formats import only from util and from each other.'
  },
  {
    target: domain,
    from: ['src/core/steps/**', 'src/core/*.ts'],
    message: 'Domain folders sit below steps/ and the entries: they do not import them.'
  },
  {
    target: 'src/core/steps',
    from: 'src/core/*.ts',
    message: 'steps/ sits below the entries: it does not import src/core/index.js, tools.js or a step entry.'
  }
]

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', '.tmp/', 'bench/results.json', 'test/lint/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: globals.node
    },
    settings: {
      // import-x reads only the extensions named here when it follows imports (no-cycle walks the whole graph).
      'import-x/extensions': ['.ts', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.all.json` })]
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
    }
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layers }]
    }
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@actions/*'], message: NO_ACTIONS }] }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.value=/^@actions\\//]', message: NO_ACTIONS },
        { selector: 'TSImportType[argument.literal.value=/^@actions\\//]', message: NO_ACTIONS }
      ]
    }
  },
  {
    // Tests, scripts and benchmarks: the recommended rules, lighter; no layer or cycle rules.
    files: ['test/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests rethrow a failure with the case that caused it, and match control characters and "  " on purpose.
      'preserve-caught-error': 'off',
      'no-control-regex': 'off',
      'no-regex-spaces': 'off'
    }
  },
  {
    // The fixtures that show the cycle rule firing; the main run ignores them (see test/lint).
    files: ['test/lint/fixtures/**/*.ts'],
    rules: { 'import-x/no-cycle': 'error' }
  }
)
